package io.avatarforge.gateway.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem straight to a servlet response, for refusals made outside Spring MVC (filters, the firewall, the
 * error page), where {@link ProblemDetailsAdvice} cannot be reached. The body is the one the advice renders.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(JsonMapper json, HttpServletResponse response, ProblemCode code, String detail)
            throws IOException {
        write(json, response, code.status(), code, detail);
    }

    /** With a status other than the code's own (one Tomcat or Spring chose). */
    public static void write(JsonMapper json, HttpServletResponse response, HttpStatusCode status, ProblemCode code,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body(status, code, detail));
    }

    /** The problem's body: its status, a detail for people and the stable {@code code}. */
    public static ProblemDetail body(HttpStatusCode status, ProblemCode code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code.apiCode());
        return problem;
    }
}
