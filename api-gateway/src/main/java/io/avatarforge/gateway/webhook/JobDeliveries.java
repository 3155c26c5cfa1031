package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.platform.webhook.WebhookDeliveries;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A job's webhook event as its owner (or an admin) sees it, and its redelivery. Visibility is the status endpoint's:
 * anyone else is told the job does not exist.
 */
@Service
class JobDeliveries {

    /** No webhook on the job, or its event is not due before the job finishes. */
    static final String NONE = "none";
    static final String NOT_DUE = "not_due";

    /** {@code GET /api/v1/avatar/jobs/{job_id}/deliveries}. */
    record DeliveriesView(String jobId, @Nullable String webhookUrl, @Nullable String webhookId,
            @Nullable String eventType, String state, int series, @Nullable Instant nextAttemptAt,
            @Nullable Instant settledAt, List<AttemptView> attempts) {
    }

    record AttemptView(int series, Instant attemptedAt, @Nullable Integer httpStatus, long latencyMs,
            @Nullable String error) {
    }

    private final GatewayJobRepository jobs;
    private final WebhookDeliveryRepository repository;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    JobDeliveries(GatewayJobRepository jobs, WebhookDeliveryRepository repository, WebhookDeliveries deliveries,
            Clock clock) {
        this.jobs = jobs;
        this.repository = repository;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    DeliveriesView list(String jobId, Caller caller) {
        JobId id = visible(jobId, caller).id();
        WebhookDeliveryRepository.Delivery delivery = repository.find(id).orElseThrow(() -> notFound(jobId));
        UUID deliveryId = delivery.id();
        if (deliveryId == null || delivery.state() == null) {
            return new DeliveriesView(id.toString(), delivery.webhookUrl(), null, null,
                    delivery.webhookUrl() == null ? NONE : NOT_DUE, 0, null, null, List.of());
        }
        List<AttemptView> attempts = repository.attempts(deliveryId).stream()
                .map(a -> new AttemptView(a.series(), a.attemptedAt(), a.httpStatus(), a.latencyMs(), a.error()))
                .toList();
        boolean pending = WebhookDeliveries.PENDING.equals(delivery.state());
        return new DeliveriesView(id.toString(), delivery.webhookUrl(), delivery.webhookId(), delivery.eventType(),
                delivery.state(), delivery.series(), pending ? delivery.nextAttemptAt() : null, delivery.settledAt(),
                attempts);
    }

    /** Queues the event again, due now, as a new series of attempts with the same {@code webhook-id}. */
    DeliveriesView redeliver(String jobId, Caller caller) {
        GenerationJob job = visible(jobId, caller);
        if (!repository.redeliver(job.id(), clock.instant())) {
            boolean hasWebhook = repository.find(job.id()).map(d -> d.webhookUrl() != null).orElse(false);
            throw new ApiProblemException(ProblemCode.NO_WEBHOOK_EVENT, hasWebhook
                    ? "The job has not finished yet; its event is sent when it does"
                    : "The job has no webhook_url");
        }
        deliveries.wakeUp();
        return list(jobId, caller);
    }

    private GenerationJob visible(String jobId, Caller caller) {
        return JobId.parse(jobId).flatMap(id -> jobs.findVisibleTo(id, caller)).orElseThrow(() -> notFound(jobId));
    }

    private static ApiProblemException notFound(String jobId) {
        return new ApiProblemException(ProblemCode.JOB_NOT_FOUND, "No job exists with id " + jobId);
    }
}
