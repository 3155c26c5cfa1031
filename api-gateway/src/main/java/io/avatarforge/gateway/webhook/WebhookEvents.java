package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a job's event, built when it is sent rather than when the job finished: its {@code data} is the job's
 * status exactly as {@code GET /api/v1/avatar/status/{id}} shows it, with a signed image URL that is fresh on every
 * attempt (one signed at completion could have expired by a retry hours later).
 */
@Component
class WebhookEvents {

    /** The event as sent: {@code {"type", "timestamp", "data"}}, the job's finish time as the timestamp. */
    record Event(String type, @Nullable Instant timestamp, JobStatusResponse data) {
    }

    private final GatewayJobRepository jobs;
    private final JobViews views;
    private final BaseUrls baseUrls;
    private final JsonMapper jsonMapper;

    WebhookEvents(GatewayJobRepository jobs, JobViews views, BaseUrls baseUrls, JsonMapper jsonMapper) {
        this.jobs = jobs;
        this.views = views;
        this.baseUrls = baseUrls;
        this.jsonMapper = jsonMapper;
    }

    String body(WebhookDeliveryRepository.Claimed claimed) {
        GenerationJob job = jobs.find(claimed.jobId()).orElseThrow(() -> new IllegalStateException(
                "The job of webhook event " + claimed.webhookId() + " is gone"));
        // The public URL when one is configured, else the one the client reached the gateway at when it submitted.
        String baseUrl = baseUrls.configuredOr(claimed.baseUrl() == null ? "" : claimed.baseUrl());
        return jsonMapper.writeValueAsString(new Event(claimed.eventType(), job.finishedAt(),
                views.status(job, baseUrl, 0)));
    }
}
