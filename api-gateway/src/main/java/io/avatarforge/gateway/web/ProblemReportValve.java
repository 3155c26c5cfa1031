package io.avatarforge.gateway.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word on a request, as problem+json instead of its HTML page. Tomcat answers some requests before any
 * filter or servlet runs (invalid percent-encoding or UTF-8 in the path, an encoded {@code /}, characters a URL may
 * not hold) and reports them through the host's error report valve; this one is that valve. It writes only when
 * nothing else did, under the same conditions as Tomcat's own, and never shows an exception.
 */
public final class ProblemReportValve extends ErrorReportValve {

    private final ProblemResponses problems;

    public ProblemReportValve(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        // A 400 here was decided by Tomcat before routing: the request line or headers themselves.
        ProblemCode problem = status == 400 ? ProblemCode.REQUEST_REJECTED : ProblemCode.forStatus(code);
        String detail = status == 400
                ? "The request's URL or headers are malformed, or encoded in a way this server refuses"
                : code.is5xxServerError() ? "The server could not handle this request" : "The request was refused";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(problems.counted(ProblemResponses.body(code, problem, detail)), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was committed meanwhile: nothing left to tell the client.
        }
    }
}
