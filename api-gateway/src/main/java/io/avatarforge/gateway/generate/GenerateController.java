package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.idempotency.IdempotencyService;
import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.AcceptedResponse;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/avatar/generate}. Async requests get 202 at once. Sync requests wait for the job up to
 * {@code service_config.default_timeout_seconds} without holding a thread, then get 200 with the result, the job's
 * failure as a problem, or 202 exactly like an async request when it is not done yet (the job keeps going).
 */
@RestController
class GenerateController {

    private static final String STATUS_PATH = "/api/v1/avatar/status/";

    private final GenerationService generation;
    private final CompletionWaiters waiters;
    private final GatewayJobRepository jobs;
    private final JobViews views;
    private final AvatarConfigHolder config;
    private final BaseUrls baseUrls;
    private final IdempotencyService idempotency;
    private final Executor completions = Executors.newVirtualThreadPerTaskExecutor();

    GenerateController(GenerationService generation, CompletionWaiters waiters, GatewayJobRepository jobs,
            JobViews views, AvatarConfigHolder config, BaseUrls baseUrls, IdempotencyService idempotency) {
        this.generation = generation;
        this.waiters = waiters;
        this.jobs = jobs;
        this.views = views;
        this.config = config;
        this.baseUrls = baseUrls;
        this.idempotency = idempotency;
    }

    @PostMapping(path = "/api/v1/avatar/generate", consumes = "application/json")
    @Parameter(in = ParameterIn.HEADER, name = IdempotencyService.HEADER, description = IdempotencyService.DESCRIPTION,
            schema = @Schema(type = "string", minLength = 1, maxLength = 255))
    CompletableFuture<ResponseEntity<Object>> generate(@Valid @RequestBody GenerateAvatarRequest request,
            @RequestHeader HttpHeaders headers) {
        Caller caller = Caller.current();
        int timeoutSeconds = request.wantsAsync() ? 0 : config.config().serviceConfig().defaultTimeoutSeconds();
        // With an Idempotency-Key, only the first request submits; a retry gets the answer it got.
        return idempotency.answer(idempotency.keyOf(headers, caller, request), Duration.ofSeconds(timeoutSeconds),
                () -> submit(request, caller, timeoutSeconds));
    }

    private CompletableFuture<ResponseEntity<Object>> submit(GenerateAvatarRequest request, Caller caller,
            int timeoutSeconds) {
        String baseUrl = baseUrls.current();
        JobSubmission.Reply reply = request.wantsAsync() ? JobSubmission.Reply.WHEN_QUEUED
                : JobSubmission.Reply.WHEN_DONE;
        JobSubmission.Submission submission = generation.submit(request, reply, caller);
        if (reply == JobSubmission.Reply.WHEN_QUEUED) {
            return CompletableFuture.completedFuture(accepted(submission, baseUrl));
        }
        return Objects.requireNonNull(submission.completion())
                .completeOnTimeout(null, timeoutSeconds, TimeUnit.SECONDS)
                .thenApplyAsync(done -> answerSync(submission, baseUrl), completions);
    }

    private ResponseEntity<Object> answerSync(JobSubmission.Submission submission, String baseUrl) {
        waiters.forget(submission.jobId());
        GenerationJob job = jobs.find(submission.jobId()).orElseThrow();
        if (!job.state().isTerminal()) {
            return accepted(submission, baseUrl);
        }
        if (job.state() != JobState.COMPLETED) {
            // Rendered by ProblemDetailsAdvice like every refusal, with the status the job's error code decides.
            throw JobViews.failureOf(job);
        }
        return ResponseEntity.ok(views.successOf(job, baseUrl));
    }

    private static ResponseEntity<Object> accepted(JobSubmission.Submission submission, String baseUrl) {
        JobId id = submission.jobId();
        String statusPath = STATUS_PATH + id;
        return ResponseEntity.accepted()
                .location(URI.create(baseUrl + statusPath))
                .body(AcceptedResponse.of(id.toString(), submission.estimatedSeconds(), statusPath));
    }
}
