package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.intake.ImageIntake;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobPlan;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Intake, in the order that refuses cheaply first: the policy (rate limits, style, quality, price), then the photo
 * (format, size, pixel count), then the durable submission (storage, job, event and budget reservation), which the
 * result cache may answer instead.
 */
@Service
public class GenerationService {

    private final IntakePolicy policy;
    private final ImageIntake intake;
    private final JobSubmission submission;
    private final ResultCache cache;
    private final CompletionWaiters waiters;
    private final GatewayJobRepository jobs;
    private final Executor completions = Executors.newVirtualThreadPerTaskExecutor();

    GenerationService(IntakePolicy policy, ImageIntake intake, JobSubmission submission, ResultCache cache,
            CompletionWaiters waiters, GatewayJobRepository jobs) {
        this.policy = policy;
        this.intake = intake;
        this.submission = submission;
        this.cache = cache;
        this.waiters = waiters;
        this.jobs = jobs;
    }

    JobSubmission.Submission submit(GenerateAvatarRequest request, JobSubmission.Reply reply, Caller caller) {
        return submit(request, () -> intake.accept(Objects.requireNonNull(request.image())), reply, caller);
    }

    /**
     * The same intake for a photo that came as bytes (a multipart upload; {@code request.image()} is ignored), waited
     * for without holding a thread: completes with the job row once the job ended, or as it stands after
     * {@code timeout}, when the job keeps going. Refusals are thrown at once, as {@link #submit} throws them.
     */
    public CompletableFuture<GenerationJob> submitAndWait(GenerateAvatarRequest request, byte[] photo, Caller caller,
            Duration timeout) {
        JobSubmission.Submission queued = submit(request, () -> intake.acceptBytes(photo),
                JobSubmission.Reply.WHEN_DONE, caller);
        return Objects.requireNonNull(queued.completion())
                .completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS)
                // Off the thread that completed the wait (the completion listener's), which must not read the database.
                .thenApplyAsync(done -> {
                    waiters.forget(queued.jobId());
                    return jobs.find(queued.jobId()).orElseThrow();
                }, completions);
    }

    /** A job queued by {@link #resubmit}: its id and when it is expected to complete. */
    public record Queued(JobId jobId, long estimatedSeconds) {
    }

    /**
     * A retry's new job: {@code request} with a photo already stored once (read back as bytes), through exactly the
     * intake a new request meets (rate limits, style, price, budget reservation, result cache), queued without waiting.
     */
    public Queued resubmit(GenerateAvatarRequest request, byte[] photo, Caller caller) {
        JobSubmission.Submission queued = submit(request, () -> intake.acceptBytes(photo),
                JobSubmission.Reply.WHEN_QUEUED, caller);
        return new Queued(queued.jobId(), queued.estimatedSeconds());
    }

    private JobSubmission.Submission submit(GenerateAvatarRequest request, Supplier<PreparedImage> photo,
            JobSubmission.Reply reply, Caller caller) {
        JobPlan plan = policy.plan(request, caller);
        PreparedImage accepted = photo.get();
        // The cache key needs the accepted photo's bytes, so it is added to the plan only now.
        return submission.submit(cache.keyed(plan, accepted), accepted, reply);
    }
}
