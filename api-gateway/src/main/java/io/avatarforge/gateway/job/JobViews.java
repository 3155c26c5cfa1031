package io.avatarforge.gateway.job;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.model.api.GenerationSuccessResponse;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
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
    private final ImageStore images;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    JobViews(ImageUrlSigner signer, ImageStore images, JsonMapper jsonMapper, Clock clock) {
        this.signer = signer;
        this.images = images;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    public JobStatusResponse status(GenerationJob job, String baseUrl, double expectedSeconds) {
        return status(job, baseUrl, expectedSeconds, null);
    }

    /** The status with the job's place in its queue, which {@link JobQueue} gives while it is queued. */
    public JobStatusResponse status(GenerationJob job, String baseUrl, double expectedSeconds,
            JobQueue.@Nullable Standing queue) {
        return new JobStatusResponse(
                job.state().apiName(),
                job.id().toString(),
                imageUrl(job, baseUrl),
                progress(job, expectedSeconds),
                job.errorMessage(),
                job.errorCode() == null ? null : JobErrorCode.canonical(job.errorCode()),
                job.createdAt(),
                job.state().isTerminal() ? job.finishedAt() : null,
                job.provider(),
                job.model(),
                job.costSoFar(),
                queue == null ? null : queue.position(),
                queue == null ? null : queue.estimatedSeconds(),
                new JobStatusResponse.Metadata(job.cached()),
                job.state() == JobState.COMPLETED && job.resultPurged(),
                job.state() == JobState.QUEUED ? job.waiting().reason() : null,
                job.state() == JobState.QUEUED ? job.waiting().notBefore() : null);
    }

    /**
     * The synchronous answer for a completed job: 200 with the result. A job that ended any other way is answered with
     * {@link #failureOf}.
     */
    public GenerationSuccessResponse successOf(GenerationJob job, String baseUrl) {
        if (job.state() != JobState.COMPLETED) {
            throw new IllegalArgumentException("Job " + job.id() + " is " + job.state().apiName() + ", not completed");
        }
        return new GenerationSuccessResponse(
                "success",
                job.id().toString(),
                imageUrl(job, baseUrl),
                job.totalTimeMs() == null ? 0 : job.totalTimeMs(),
                job.quality(),
                job.costSoFar(),
                new GenerationSuccessResponse.ResultMetadata(job.provider(), job.model(), job.cached(), job.style(),
                        usage(job)));
    }

    /**
     * The synchronous answer for a job that ended without a result (failed or canceled), as the problem to throw. Its
     * {@code code} is the job's own error code, never a {@code ProblemCode}; the code's {@link JobErrorCode.Kind}
     * decides the status.
     */
    public static ApiProblemException failureOf(GenerationJob job) {
        String code = job.errorCode() == null ? JobErrorCode.GENERATION_FAILED.apiCode()
                : JobErrorCode.canonical(job.errorCode());
        // A stored code this gateway does not know (a newer worker's, a simulation's) answers as an upstream failure.
        JobErrorCode.Kind kind = JobErrorCode.fromApiCode(code).map(JobErrorCode::kind)
                .orElse(JobErrorCode.Kind.UPSTREAM);
        int status = switch (kind) {
            case CLIENT, CANCELED, TRANSIENT -> kind.httpStatus();
            // These codes say only that the job failed; a canceled job's state says more: it conflicts.
            case UPSTREAM, INTERNAL -> job.state() == JobState.CANCELED ? JobErrorCode.Kind.CANCELED.httpStatus()
                    : kind.httpStatus();
        };
        String detail = job.errorMessage() == null ? "The generation did not succeed" : job.errorMessage();
        return ApiProblemException.failedJob(HttpStatus.valueOf(status), code, detail);
    }

    /**
     * Straight from the store when it can hand out links (the bucket's signed URL: no gateway carries the bytes), else
     * the gateway's own signed URL; none once the image was deleted.
     */
    private @Nullable String imageUrl(GenerationJob job, String baseUrl) {
        ImageRef result = job.resultImage();
        if (job.state() != JobState.COMPLETED || result == null || job.resultPurged()) {
            return null;
        }
        return images.directUrl(result).orElseGet(() -> signer.urlFor(job.id(), baseUrl));
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
