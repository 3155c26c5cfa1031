package io.avatarforge.gateway.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public operation that answers more to a caller with a credential (the configuration: its public view to anyone,
 * the whole document to an admin key). {@link ApiDocumentCustomizer} documents its security as the named schemes or
 * none ({@code [{}, {"api_key": []}]}), so generated clients send the key when they hold one and nothing otherwise.
 * Annotations cannot express the empty requirement, hence this marker.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OptionalCredential {

    /** The schemes ({@link ApiSecurity}) that, when sent, widen the answer. */
    String[] value();
}
