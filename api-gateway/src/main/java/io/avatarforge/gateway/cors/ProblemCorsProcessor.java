package io.avatarforge.gateway.cors;

import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.ProblemResponses;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS processing with its refusal (an origin, method or header that is not allowed) as problem+json
 * {@code 403 cors_rejected} instead of a plain-text body. Which requests are refused is Spring's decision, unchanged.
 */
public final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemResponses problems;

    public ProblemCorsProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        ProblemCode code = ProblemCode.CORS_REJECTED;
        ProblemDetail problem = ProblemResponses.body(code.status(), code, "This origin may not call the API from "
                + "a browser, or the preflight asked for a method or header that is not allowed; the allowed origins "
                + "are set by avatar.gateway.cors.allowed-origins (CORS_ALLOWED_ORIGINS)");
        response.setStatusCode(code.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(problems.counted(problem));
        response.flush();
    }
}
