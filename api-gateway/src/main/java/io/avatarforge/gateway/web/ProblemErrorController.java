package io.avatarforge.gateway.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}), in place of Spring Boot's JSON or HTML: what Tomcat refuses
 * itself after routing (a {@code TRACE}, with its {@code Allow}) or an exception that escaped a filter comes out as
 * problem+json with a code like every other refusal. The status stays the one the container chose. Exceptions are
 * not logged here: the container logged them already, and a client's mistake is not worth a log line.
 */
// Not part of the API: the container's own page, so it stays out of the OpenAPI document.
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly rather than dispatched to: there is no error, and no page of that name.
        HttpStatusCode status = attribute instanceof Integer code && code >= 400 ? HttpStatusCode.valueOf(code)
                : HttpStatus.NOT_FOUND;
        ProblemCode problem = ProblemCode.forStatus(status);
        String detail = status.is5xxServerError() ? "The server could not handle this request. It has been logged."
                : status.value() == 404 ? "No resource at this path"
                : "The request was refused (" + reason(status) + ")";
        ResponseEntity<ProblemDetail> answer = ProblemDetailsAdvice.problem(status, problem.apiCode(), detail,
                HttpHeaders.EMPTY);
        // The path the client asked for (as sent, still encoded), not this page's.
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri && answer.getBody() != null) {
            try {
                answer.getBody().setInstance(URI.create(uri));
            } catch (IllegalArgumentException notAUri) {
                // Tomcat took it, URI did not: the problem goes without an instance.
            }
        }
        return answer;
    }

    private static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }
}
