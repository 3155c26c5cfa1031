package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.webhook.secrets.WebhookSecrets;
import io.avatarforge.gateway.webhook.secrets.WebhookSignature;
import io.avatarforge.platform.loop.WorkLoop;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.outbox.OutboxTracing;
import io.avatarforge.platform.webhook.WebhookDeliveries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook events. Every gateway runs one, sharing the {@code webhook_delivery} queue: it claims due rows
 * (leased, committed), sends each on a virtual thread ({@code avatar.webhooks.concurrency} at once) with no
 * transaction open, and records the outcome. 2xx delivers the event; 410 stops it for good; anything else, a timeout
 * or a connection error schedules a retry after the next wait of {@code avatar.webhooks.retry-schedule} (±
 * {@code jitter}), and when the schedule is used up the event is given up, logged once at WARN. It looks for due rows
 * every {@code poll-interval}, and at once when this process finished a job with a webhook or queued a redelivery.
 *
 * <p>Delivery is at least once: an attempt whose outcome could not be recorded (the process died after sending) is
 * sent again once its lease runs out, with the same {@code webhook-id}, which receivers de-duplicate by.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveryRepository queue;
    private final WebhookDeliveries deliveries;
    private final WebhookEvents events;
    private final WebhookSecrets secrets;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer latency;
    private final RetrySchedule schedule;
    private final Semaphore slots;
    private ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor();
    private final WorkLoop loop;
    private final JobLog log;

    WebhookDispatcher(WebhookDeliveryRepository queue, WebhookDeliveries deliveries, WebhookEvents events,
            WebhookSecrets secrets, WebhookSender sender, WebhookProperties properties, Clock clock,
            MeterRegistry meters, JobLog log) {
        this.log = log;
        this.queue = queue;
        this.deliveries = deliveries;
        this.events = events;
        this.secrets = secrets;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.latency = Timer.builder("avatar.webhook.latency")
                .description("How long receivers took to answer an attempt (or to fail it)")
                .register(meters);
        // java.util.Random: shared by the sending threads, and safe to share.
        this.schedule = new RetrySchedule(properties.retrySchedule(), properties.jitter(), new Random());
        this.slots = new Semaphore(properties.concurrency());
        this.loop = new WorkLoop("webhook-dispatcher", () -> dispatchDue() > 0,
                () -> deliveries.awaitWakeUp(properties.pollInterval()), LOG,
                "Webhook dispatcher could not read its queue");
    }

    /** Claims what is due and free slots allow, and hands each to a sender; returns how many it claimed. */
    int dispatchDue() {
        int free = slots.availablePermits();
        if (free == 0) {
            return 0;
        }
        Instant now = clock.instant();
        List<WebhookDeliveryRepository.Claimed> claimed = queue.claim(now, now.plus(properties.lease()), free);
        for (WebhookDeliveryRepository.Claimed event : claimed) {
            slots.acquireUninterruptibly();
            sends.execute(() -> {
                try {
                    attempt(event);
                } finally {
                    slots.release();
                    // A freed slot may let a backlog move on at once.
                    deliveries.wakeUp();
                }
            });
        }
        return claimed.size();
    }

    /** One attempt at one event: sign, send, record. Never throws: whatever fails is the attempt's error. */
    void attempt(WebhookDeliveryRepository.Claimed event) {
        Instant attemptedAt = clock.instant();
        WebhookSender.Result result;
        try {
            String body = events.body(event);
            long timestamp = clock.instant().getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", event.webhookId());
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", WebhookSignature.header(secrets.signingSecrets(event.apiKeyId()),
                    event.webhookId(), timestamp, body));
            result = sender.send(event.url(), headers, body);
        } catch (RuntimeException e) {
            LOG.warn("Webhook event {} of job {} could not be prepared: {}", event.webhookId(), event.jobId(),
                    e.toString());
            result = new WebhookSender.Result(null, 0, "could not be prepared: " + e.getClass().getSimpleName());
        }
        latency.record(Duration.ofMillis(result.latencyMs()));
        meters.counter("avatar.webhook.attempts", "result", resultClass(result)).increment();
        WebhookDeliveryRepository.Outcome outcome = outcomeOf(event, result);
        boolean applied;
        try {
            applied = queue.record(event, attemptedAt, result, outcome);
        } catch (RuntimeException e) {
            // The lease runs out and the event is sent again: at least once.
            LOG.warn("Could not record webhook attempt of {}: {}", event.webhookId(), e.toString());
            return;
        }
        if (!applied) {
            LOG.debug("Webhook event {} was redelivered or taken over meanwhile; this attempt's outcome is dropped",
                    event.webhookId());
            return;
        }
        deliveries(outcome.state()).increment();
        String traceId = OutboxTracing.traceIdOf(event.traceparent());
        if (WebhookDeliveries.DELIVERED.equals(outcome.state())) {
            log.webhookDelivered(event.jobId(), traceId, event.webhookId(), hostOf(event.url()), event.attempts() + 1);
        } else if (WebhookDeliveries.GAVE_UP.equals(outcome.state())) {
            log.webhookGaveUp(event.jobId(), traceId, event.webhookId(), hostOf(event.url()), event.attempts() + 1,
                    result.error());
        }
    }

    /** What the attempt means for the delivery: settled, or retried after the schedule's next wait. */
    WebhookDeliveryRepository.Outcome outcomeOf(WebhookDeliveryRepository.Claimed event,
            WebhookSender.Result result) {
        Instant now = clock.instant();
        if (result.delivered()) {
            return new WebhookDeliveryRepository.Outcome(WebhookDeliveries.DELIVERED, now, now);
        }
        if (result.gone()) {
            return new WebhookDeliveryRepository.Outcome(WebhookDeliveries.GONE, now, now);
        }
        return schedule.after(event.attempts() + 1)
                .map(wait -> new WebhookDeliveryRepository.Outcome(WebhookDeliveries.PENDING, now.plus(wait), null))
                .orElseGet(() -> new WebhookDeliveryRepository.Outcome(WebhookDeliveries.GAVE_UP, now, now));
    }

    private Counter deliveries(String state) {
        String outcome = switch (state) {
            case WebhookDeliveries.PENDING -> "retried";
            default -> state;
        };
        return meters.counter("avatar.webhook.deliveries", "outcome", outcome);
    }

    private static String resultClass(WebhookSender.Result result) {
        Integer status = result.status();
        return status == null ? "error" : (status / 100) + "xx";
    }

    /** Only the host: a URL's path or query may carry the receiver's own token, which logs must not keep. */
    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "?" : host;
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }

    @Override
    public void start() {
        if (properties.dispatcherEnabled() && !loop.isRunning()) {
            if (sends.isShutdown()) {
                sends = Executors.newVirtualThreadPerTaskExecutor();
            }
            loop.start();
        }
    }

    @Override
    public void stop() {
        loop.stop(Duration.ofSeconds(10));
        // Attempts under way finish (each is bounded by the timeout); their rows' leases cover a cut-off.
        sends.shutdown();
        try {
            if (!sends.awaitTermination(properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                sends.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
