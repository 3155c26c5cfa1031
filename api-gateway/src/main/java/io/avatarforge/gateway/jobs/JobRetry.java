package io.avatarforge.gateway.jobs;

import io.avatarforge.gateway.generate.GenerationService;
import io.avatarforge.gateway.status.JobStatusReader;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageStore;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retries a failed or canceled job as a new job with the same photo, style, quality, prompt, metadata and webhook,
 * submitted through the normal intake ({@link GenerationService#resubmit}), so the caller's rate limits, the budgets
 * and the result cache apply exactly as to a new request; the old job is never touched, only linked from the new one.
 * The new job is the caller's, as if the caller had sent the request ({@code user_id} counts only for a
 * {@code trusted_server} key).
 */
@Service
class JobRetry {

    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private final JobListing listing;
    private final ImageStore images;
    private final GenerationService generation;
    private final JsonMapper json;

    JobRetry(JobListing listing, ImageStore images, GenerationService generation, JsonMapper json) {
        this.listing = listing;
        this.images = images;
        this.generation = generation;
        this.json = json;
    }

    GenerationService.Queued retry(JobId id, Caller caller) {
        JobListing.Row row = listing.find(id, caller).orElseThrow(() -> JobStatusReader.notFound(id.toString()));
        GenerationJob job = row.job();
        if (job.state() != JobState.FAILED && job.state() != JobState.CANCELED) {
            throw new ApiProblemException(ProblemCode.JOB_NOT_RETRYABLE, "The job is " + job.state().apiName()
                    + "; only a failed or canceled job can be retried");
        }
        byte[] photo = row.inputPurged() ? null
                : images.get(job.inputImage()).map(ImageStore.StoredImage::bytes).orElse(null);
        if (photo == null) {
            throw new ApiProblemException(ProblemCode.IMAGE_EXPIRED,
                    "The job's input photo was deleted (retention or erasure), so it cannot be retried");
        }
        GenerateAvatarRequest request = new GenerateAvatarRequest(job.prompt(), null, job.style(), job.quality(), true,
                null, job.userId(), metadata(row.metadataJson()), row.webhookUrl());
        GenerationService.Queued queued = generation.resubmit(request, photo, caller);
        listing.linkRetry(queued.jobId(), id);
        return queued;
    }

    private @Nullable Map<String, Object> metadata(@Nullable String metadataJson) {
        return metadataJson == null ? null : json.readValue(metadataJson, METADATA);
    }
}
