package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Security refusals as problem+json, like every other refusal. They are written here rather than in the MVC advice
 * because they happen in the filter chain, before any controller. Paths a {@link ForeignRefusals} covers get its shape.
 */
final class SecurityProblems {

    private SecurityProblems() {
    }

    static AuthenticationEntryPoint unauthenticated(ProblemResponses problems, List<ForeignRefusals> foreign) {
        return (request, response, exception) -> {
            boolean presented = request.getHeader("Authorization") != null;
            response.setHeader("WWW-Authenticate", presented
                    ? "Bearer realm=\"avatar-forge\", error=\"invalid_token\""
                    : "Bearer realm=\"avatar-forge\"");
            write(problems, foreign, request, response, ProblemCode.UNAUTHENTICATED, detail(exception, presented));
        };
    }

    static AccessDeniedHandler forbidden(ProblemResponses problems, List<ForeignRefusals> foreign) {
        return (request, response, denied) -> write(problems, foreign, request, response, ProblemCode.FORBIDDEN,
                "This API key does not have the scope this operation needs");
    }

    /** Answers a refusal made in the chain for another reason than the credential (the database is unreachable). */
    interface Unavailable {
        void send(HttpServletRequest request, HttpServletResponse response, ApiProblemException refusal)
                throws IOException;
    }

    static Unavailable unavailable(ProblemResponses problems, List<ForeignRefusals> foreign) {
        return (request, response, refusal) -> {
            refusal.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            write(problems, foreign, request, response, ProblemCode.SERVICE_UNAVAILABLE, refusal.getMessage());
        };
    }

    private static String detail(AuthenticationException exception, boolean presented) {
        return presented ? "The API key is not valid or was revoked"
                : "This operation needs an API key: send Authorization: Bearer <key>";
    }

    private static void write(ProblemResponses problems, List<ForeignRefusals> foreign, HttpServletRequest request,
            HttpServletResponse response, ProblemCode code, String detail) throws IOException {
        for (ForeignRefusals shape : foreign) {
            if (shape.covers(request)) {
                // Another shape on the wire, the same refusal in the count.
                problems.count(code.apiCode(), code.status().value());
                shape.write(response, code, detail);
                return;
            }
        }
        problems.write(response, code, detail);
    }
}
