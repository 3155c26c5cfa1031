package io.avatarforge.gateway.job;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.model.api.GenerationSuccessResponse;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns job rows into the API's answers; the one place that decides what a client sees of a job. */
@Component
public class JobViews {

    private final ImageUrlSigner signer;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    JobViews(ImageUrlSigner signer, JsonMapper jsonMapper, Clock clock) {
        this.signer = signer;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    public JobStatusResponse status(GenerationJob job, String baseUrl, double expectedSeconds) {
        return new JobStatusResponse(
                job.state().apiName(),
                job.id().toString(),
                imageUrl(job, baseUrl),
                progress(job, expectedSeconds),
                job.errorMessage(),
                job.errorCode(),
                job.createdAt(),
                job.state().isTerminal() ? job.finishedAt() : null,
                job.provider(),
                job.model(),
                job.costSoFar());
    }

    /** The synchronous answer for a finished job: 200 with the result, or the job's failure as a problem. */
    public GenerationSuccessResponse success(GenerationJob job, String baseUrl) {
        if (job.state() != JobState.COMPLETED) {
            throw failure(job);
        }
        return new GenerationSuccessResponse(
                "success",
                job.id().toString(),
                imageUrl(job, baseUrl),
                job.totalTimeMs() == null ? 0 : job.totalTimeMs(),
                job.quality(),
                job.costSoFar(),
                new GenerationSuccessResponse.ResultMetadata(job.provider(), job.model(), false, job.style(),
                        usage(job)));
    }

    private static ApiProblemException failure(GenerationJob job) {
        String code = job.errorCode() == null ? "generation_failed" : job.errorCode();
        HttpStatus status = switch (code) {
            // The client's request (its image or prompt) is what the provider refused.
            case "content_policy_violation", "provider_rejected_request", "invalid_image", "image_too_large",
                    "unsupported_image_format" -> HttpStatus.UNPROCESSABLE_CONTENT;
            case "canceled" -> HttpStatus.CONFLICT;
            // Passing conditions: the same request may well succeed later.
            case "provider_unavailable", "provider_rate_limited", "provider_circuit_open", "provider_timeout",
                    "worker_busy", "worker_lost" -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> job.state() == JobState.CANCELED ? HttpStatus.CONFLICT : HttpStatus.BAD_GATEWAY;
        };
        String detail = job.errorMessage() == null ? "The generation did not succeed" : job.errorMessage();
        return new ApiProblemException(status, code, detail);
    }

    private @Nullable String imageUrl(GenerationJob job, String baseUrl) {
        return job.state() == JobState.COMPLETED && job.resultImage() != null ? signer.urlFor(job.id(), baseUrl) : null;
    }

    private int progress(GenerationJob job, double expectedSeconds) {
        return switch (job.state()) {
            case QUEUED -> 0;
            case COMPLETED, FAILED, CANCELED -> 100;
            case PROCESSING -> {
                if (job.startedAt() == null || expectedSeconds <= 0) {
                    yield 5;
                }
                double elapsed = Duration.between(job.startedAt(), clock.instant()).toMillis() / 1000.0;
                // An estimate, never 100 before the job is actually done.
                yield (int) Math.max(5, Math.min(95, Math.round(100 * elapsed / expectedSeconds)));
            }
        };
    }

    private @Nullable Map<String, Object> usage(GenerationJob job) {
        if (job.resultMetadata() == null) {
            return null;
        }
        Map<String, Object> metadata = jsonMapper.readValue(job.resultMetadata(), new TypeReference<>() {
        });
        Object usage = metadata.get("usage");
        if (usage instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        }
        return null;
    }
}
