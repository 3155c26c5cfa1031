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
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.avatarforge.model.api.GenerationSuccessResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Generation", description = "Submit a photo and a prompt; get a styled avatar.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class GenerateController {

    private static final String STATUS_PATH = "/api/v1/avatar/status/";
    private static final String REPLAYED = "`true` when this is the recorded answer to an earlier request with the "
            + "same Idempotency-Key";

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
    @Operation(summary = "Generate an avatar", description = """
            Asynchronous (`async: true`): 202 at once with the status URL in `Location` and `status_url`. \
            Synchronous: waits up to `service_config.default_timeout_seconds`, then 200 with the result, the job's \
            failure as a problem (its `code` is the job's `error_code`), or 202 exactly like an asynchronous request \
            when the job is still running (it keeps going).""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = GenerateAvatarRequest.class),
                    examples = @ExampleObject(name = "async", value = """
                            {"prompt": "Software developer, focused and analytical", "style_config": "cartoon_3d",
                             "quality": "medium", "async": true, "image": "data:image/jpeg;base64,/9j/4AAQSkZJRg..."}
                            """))))
    @ApiResponse(responseCode = "200", description = "Done within the wait (synchronous requests only)",
            headers = @Header(name = IdempotencyService.REPLAYED_HEADER, description = REPLAYED,
                    schema = @Schema(type = "string", allowableValues = "true")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = GenerationSuccessResponse.class), examples = @ExampleObject("""
                            {"status": "success", "avatar_id": "0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01",
                             "image_url": "https://api.example.com/api/v1/avatar/images/0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01?expires=1767225600&signature=c2lnbmF0dXJl",
                             "generation_time_ms": 8123, "quality_used": "medium", "cost_estimate": 0.04,
                             "metadata": {"provider": "openai", "model_version": "gpt-image-1", "cached": false,
                                          "style_config": "cartoon_3d", "usage": null}}
                            """)))
    @ApiResponse(responseCode = "202", description = "Queued (or still running after the synchronous wait)",
            headers = {@Header(name = "Location", description = "The job's status URL",
                    schema = @Schema(type = "string", format = "uri")),
                @Header(name = IdempotencyService.REPLAYED_HEADER, description = REPLAYED,
                    schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AcceptedResponse.class), examples = @ExampleObject("""
                            {"status": "accepted", "job_id": "0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01",
                             "estimated_completion_seconds": 15,
                             "status_url": "/api/v1/avatar/status/0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01"}
                            """)))
    @ProblemResponses(value = {ProblemCode.IMAGE_TOO_LARGE, ProblemCode.UNSUPPORTED_IMAGE_FORMAT,
        ProblemCode.IDEMPOTENCY_KEY_IN_USE, ProblemCode.IDEMPOTENCY_KEY_REUSED, ProblemCode.RATE_LIMITED},
            jobFailures = true)
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
