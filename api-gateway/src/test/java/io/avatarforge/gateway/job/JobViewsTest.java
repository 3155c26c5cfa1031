package io.avatarforge.gateway.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a synchronous request is answered with when its job ended without a result. */
class JobViewsTest {

    /** The status of every job error code's synchronous answer, as clients have always received it. */
    private static final Map<String, Integer> SYNC_STATUS = Map.ofEntries(
            Map.entry("content_policy_violation", 422),
            Map.entry("provider_rejected_request", 422),
            Map.entry("invalid_image", 422),
            Map.entry("image_too_large", 422),
            Map.entry("unsupported_image_format", 422),
            Map.entry("canceled", 409),
            Map.entry("provider_unavailable", 503),
            Map.entry("provider_rate_limited", 503),
            Map.entry("provider_circuit_open", 503),
            Map.entry("provider_timeout", 503),
            Map.entry("worker_busy", 503),
            Map.entry("worker_lost", 503),
            Map.entry("provider_auth_failed", 502),
            Map.entry("provider_model_unavailable", 502),
            Map.entry("provider_not_configured", 502),
            Map.entry("unknown_style", 502),
            Map.entry("input_image_missing", 502),
            Map.entry("internal_error", 502),
            Map.entry("generation_failed", 502));

    @Test
    void everyJobErrorCodeAnswersWithTheStatusClientsHaveAlwaysReceived() {
        assertThat(Arrays.stream(JobErrorCode.values()).map(JobErrorCode::apiCode).collect(Collectors.toSet()))
                .isEqualTo(SYNC_STATUS.keySet());
        SYNC_STATUS.forEach((code, status) -> {
            ApiProblemException problem = JobViews.failureOf(job(JobState.FAILED, code, "It went wrong"));
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.status().value()).as(code).isEqualTo(status);
            assertThat(problem.getMessage()).isEqualTo("It went wrong");
        });
    }

    @Test
    void aCodeThisGatewayDoesNotKnowAnswers502WithTheCodeAsStored() {
        ApiProblemException problem = JobViews.failureOf(job(JobState.FAILED, "rate_limited", null));
        assertThat(problem.code()).isEqualTo("rate_limited");
        assertThat(problem.status().value()).isEqualTo(502);
        assertThat(problem.getMessage()).isEqualTo("The generation did not succeed");
    }

    @Test
    void aFailedJobWithoutACodeAnswersGenerationFailed() {
        ApiProblemException problem = JobViews.failureOf(job(JobState.FAILED, null, null));
        assertThat(problem.code()).isEqualTo("generation_failed");
        assertThat(problem.status().value()).isEqualTo(502);
    }

    @Test
    void aCanceledJobAnswers409UnlessItsCodeSaysMore() {
        assertThat(JobViews.failureOf(job(JobState.CANCELED, "canceled", null)).status().value()).isEqualTo(409);
        assertThat(JobViews.failureOf(job(JobState.CANCELED, null, null)).status().value()).isEqualTo(409);
        assertThat(JobViews.failureOf(job(JobState.CANCELED, "something_new", null)).status().value()).isEqualTo(409);
        assertThat(JobViews.failureOf(job(JobState.CANCELED, "internal_error", null)).status().value()).isEqualTo(409);
        assertThat(JobViews.failureOf(job(JobState.CANCELED, "worker_lost", null)).status().value()).isEqualTo(503);
        assertThat(JobViews.failureOf(job(JobState.CANCELED, "invalid_image", null)).status().value()).isEqualTo(422);
    }

    private static GenerationJob job(JobState state, @Nullable String errorCode, @Nullable String errorMessage) {
        Instant created = Instant.parse("2026-11-25T12:00:00Z");
        return new GenerationJob(JobId.random(), state, "user-1", "cartoon_3d", "medium", "a portrait", "openai",
                "gpt-image-2", new ImageRef("inputs/2f/2f1c0a6e-9c1b-4a53-8d3e-0f4f5b6a7c8d.png"), null, new BigDecimal("0.04"), null, errorCode,
                errorMessage, 1, 1, created, created, created.plusSeconds(3), null, null, null, null, null,
                GenerationJob.Waiting.NONE);
    }
}
