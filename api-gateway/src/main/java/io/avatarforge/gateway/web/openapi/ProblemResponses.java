package io.avatarforge.gateway.web.openapi;

import io.avatarforge.gateway.web.ProblemCode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an operation can answer with beyond those every operation has (400; 401 for a bearer that is not
 * valid and 403 for a scope or a CORS refusal, which any operation can meet; 500; 404 with path variables; 413 and 415
 * where it takes a body): {@link ApiDocumentCustomizer} documents the status of each code
 * named here, each status with every code of that status as its {@code code} enum.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProblemResponses {

    /** Codes whose statuses this operation can answer with. */
    ProblemCode[] value() default {};

    /** Whether the operation can answer with a failed job's code and status (a synchronous generation). */
    boolean jobFailures() default false;

    /**
     * False for an operation that refuses in another error shape than problem+json (the OpenAI-compatible endpoint,
     * whose errors are OpenAI's): it documents its refusals itself and gets none of the problem answers.
     */
    boolean problemJson() default true;
}
