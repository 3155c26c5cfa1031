package io.avatarforge.gateway.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one owner of the refusal count, {@code avatar.requests.refused} by code and status: every refusal the gateway
 * answers, wherever it is made, goes through {@link #count}. {@link ProblemDetailsAdvice} counts what Spring MVC
 * writes; refusals made outside Spring MVC (the size-limit filter, the firewall, the security chain's 401, 403 and
 * 503, CORS, Tomcat's error report), where the advice cannot be reached, are written here, or counted here by the
 * writer that owns their transport. The body is the one the advice renders.
 */
@Component
public final class ProblemResponses {

    private final JsonMapper json;
    /** Resolved when counting: Tomcat's error valve needs this bean while the web server is built, before meters. */
    private final ObjectProvider<MeterRegistry> meters;

    ProblemResponses(JsonMapper json, ObjectProvider<MeterRegistry> meters) {
        this.json = json;
        this.meters = meters;
    }

    public void write(HttpServletResponse response, ProblemCode code, String detail) throws IOException {
        write(response, code.status(), code, detail);
    }

    /** With a status other than the code's own (one Tomcat or Spring chose). */
    public void write(HttpServletResponse response, HttpStatusCode status, ProblemCode code, String detail)
            throws IOException {
        ProblemDetail problem = body(status, code, detail);
        count(problem);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The problem's body as JSON text, counted: for writers with a transport of their own (Tomcat's valve, CORS). */
    public byte[] counted(ProblemDetail problem) {
        count(problem);
        return json.writeValueAsBytes(problem);
    }

    /** Counts a refusal whose body is written elsewhere (the advice's, or another shape than problem+json). */
    public void count(ProblemDetail problem) {
        Object code = problem.getProperties() == null ? null : problem.getProperties().get("code");
        count(String.valueOf(code), problem.getStatus());
    }

    public void count(String code, int status) {
        Counter.builder("avatar.requests.refused").description("Requests answered with a refusal, by its code")
                .tag("code", code).tag("status", String.valueOf(status))
                .register(meters.getIfAvailable(() -> Metrics.globalRegistry)).increment();
    }

    /** The problem's body: its status, a detail for people and the stable {@code code}. */
    public static ProblemDetail body(HttpStatusCode status, ProblemCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code.apiCode());
        return problem;
    }
}
