package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.outbound.OutboundHttp;
import io.avatarforge.gateway.web.ApiProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * POSTs one signed event and reports what happened, never throwing for the receiver's sake. The connection goes only
 * to addresses {@link WebhookTargets} allows, checked in the client's DNS step; no redirects are followed (a 3xx is a
 * failed attempt); the whole attempt is cut off at {@code avatar.webhooks.timeout}; at most
 * {@code avatar.webhooks.max-response-bytes} of the answer are read, and the connection is dropped rather than drained
 * when there is more.
 */
@Component
class WebhookSender implements DisposableBean {

    static final String USER_AGENT = "AvatarForge-Webhooks/1";
    private static final int MAX_ERROR_CHARS = 500;
    private static final int MAX_BODY_CHARS_IN_ERROR = 200;

    /** An attempt's result: the receiver's status (null when none came), how long it took, and what went wrong. */
    record Result(@Nullable Integer status, long latencyMs, @Nullable String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        boolean gone() {
            return status != null && status == 410;
        }
    }

    private final WebhookTargets targets;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final CloseableHttpClient client;
    /** Cuts off attempts that run past the timeout (a receiver trickling its answer would otherwise hold one). */
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("webhook-deadlines").factory());

    WebhookSender(WebhookTargets targets, WebhookProperties properties) {
        this.targets = targets;
        this.timeout = properties.timeout();
        this.maxResponseBytes = (int) properties.maxResponseBytes().toBytes();
        this.client = OutboundHttp.client(targets.rules().allowed(), properties.timeout(), properties.timeout(),
                USER_AGENT, properties.concurrency());
    }

    Result send(String url, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        HttpPost request;
        try {
            URI uri = targets.rules().parse(url);
            request = new HttpPost(uri);
        } catch (ApiProblemException e) {
            return new Result(null, 0, truncate(e.getMessage()));
        }
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, null);
            int status = response.getCode();
            // The status decides the attempt; the answer's start is only kept to explain a failure.
            String answer = readStart(response);
            long latency = elapsedMs(started);
            boolean ok = status >= 200 && status < 300;
            return new Result(status, latency, ok ? null : truncate("HTTP " + status
                    + (answer.isBlank() ? "" : ": " + answer)));
        } catch (OutboundHttp.AddressNotAllowedException e) {
            return new Result(null, elapsedMs(started), "webhook_url's host resolves to a non-public address");
        } catch (IOException e) {
            return new Result(null, elapsedMs(started), timedOut.get() || e instanceof SocketTimeoutException
                    ? "timed out after " + timeout.toMillis() + " ms" : describe(e));
        } finally {
            deadline.cancel(false);
            closeQuietly(response);
        }
    }

    private static void closeQuietly(@Nullable ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException e) {
            // Aborted or broken already: the connection is gone either way, and the result is decided.
        }
    }

    /**
     * At most the first {@code maxResponseBytes} of the answer, as text for the attempt's record; what arrived before
     * the answer broke off or the deadline cut it, if so.
     */
    private String readStart(ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return "";
        }
        byte[] start = new byte[maxResponseBytes];
        int length = 0;
        try {
            InputStream in = entity.getContent();
            while (length < start.length) {
                int n = in.read(start, length, start.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
            }
            if (length == start.length && in.read() >= 0) {
                // More than we read: drop the connection instead of draining an answer nobody asked for.
                OutboundHttp.abort(response);
            }
        } catch (IOException e) {
            OutboundHttp.abort(response);
        }
        String text = new String(start, 0, length, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}+", " ").strip();
        return text.length() > MAX_BODY_CHARS_IN_ERROR ? text.substring(0, MAX_BODY_CHARS_IN_ERROR) + "…" : text;
    }

    private static String describe(IOException e) {
        if (e instanceof UnknownHostException) {
            return "webhook_url's host name could not be resolved";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof SSLException) {
            return truncate("TLS failed: " + e.getMessage());
        }
        return truncate(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String truncate(@Nullable String text) {
        String value = text == null ? "" : text;
        return value.length() > MAX_ERROR_CHARS ? value.substring(0, MAX_ERROR_CHARS - 1) + "…" : value;
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
        client.close(CloseMode.GRACEFUL);
    }
}
