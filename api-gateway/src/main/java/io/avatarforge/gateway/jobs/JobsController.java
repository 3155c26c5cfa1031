package io.avatarforge.gateway.jobs;

import io.avatarforge.gateway.generate.GenerationService;
import io.avatarforge.gateway.status.JobStatusReader;
import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.avatarforge.model.api.AcceptedResponse;
import io.avatarforge.model.api.JobDetail;
import io.avatarforge.model.api.JobPage;
import io.avatarforge.model.api.JobSummary;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.ProviderCalls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job list, a job's details with its timeline, and its retry: what an operator (or a client looking at its own
 * jobs) browses. Visibility is the status's: admins see every job, anyone else the jobs of their user or key.
 */
@RestController
@Tag(name = "Jobs", description = "A submitted job: its status, its events, its cancellation and webhook deliveries.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class JobsController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final JobListing listing;
    private final JobStatusReader reader;
    private final JobRetry retry;
    private final BaseUrls baseUrls;
    private final JsonMapper json;
    private final ProviderCalls providerCalls;

    JobsController(JobListing listing, JobStatusReader reader, JobRetry retry, BaseUrls baseUrls, JsonMapper json,
            ProviderCalls providerCalls) {
        this.listing = listing;
        this.reader = reader;
        this.retry = retry;
        this.baseUrls = baseUrls;
        this.json = json;
        this.providerCalls = providerCalls;
    }

    @GetMapping("/api/v1/avatar/jobs")
    @Operation(operationId = "listJobs", summary = "List jobs", description = """
            Newest first, a page at a time: pass `next_cursor` as `cursor` for the next page (null on the last). \
            Admins see every job and may filter by `user_id`; anyone else sees only their own jobs (those of their \
            user or key).""")
    @ProblemResponses(ProblemCode.INVALID_FIELD)
    JobPage list(
            @Parameter(description = "queued, processing, completed, failed or canceled")
            @RequestParam(required = false) @Nullable String state,
            @Parameter(description = "Only this user's jobs (admins; anyone else may name only themselves)")
            @RequestParam(name = "user_id", required = false) @Nullable String userId,
            @RequestParam(required = false) @Nullable String style,
            @RequestParam(required = false) @Nullable String provider,
            @Parameter(description = "Created at or after this instant", schema = @Schema(type = "string",
                    format = "date-time")) @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Created before this instant", schema = @Schema(type = "string",
                    format = "date-time")) @RequestParam(required = false) @Nullable String to,
            @Parameter(description = "The previous page's `next_cursor`")
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "Jobs per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
            @RequestParam(required = false) @Nullable Integer limit) {
        Caller caller = Caller.current();
        String user = blankToNull(userId);
        if (!caller.isAdmin() && user != null && !user.equals(caller.userId())) {
            throw new ApiProblemException(ProblemCode.FORBIDDEN, "Only admins may list another user's jobs");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD, "limit: must be between 1 and " + MAX_LIMIT);
        }
        JobListing.Cursor after = cursor == null || cursor.isBlank() ? null : JobListing.Cursor.decode(cursor.strip())
                .orElseThrow(() -> new ApiProblemException(ProblemCode.INVALID_FIELD,
                        "cursor: not a cursor this list gave"));
        JobListing.Filter filter = new JobListing.Filter(state(state), user, blankToNull(style),
                blankToNull(provider), instant("from", from), instant("to", to));
        List<JobListing.Row> rows = listing.page(filter, after, size + 1, caller);
        List<JobListing.Row> page = JobListing.firstOf(rows, size);
        GenerationJob last = page.isEmpty() ? null : page.getLast().job();
        String next = rows.size() > size && last != null
                ? new JobListing.Cursor(last.createdAt(), last.id().value()).encode() : null;
        return new JobPage(page.stream().map(JobsController::summary).toList(), next);
    }

    @GetMapping("/api/v1/avatar/jobs/{jobId}")
    @Operation(summary = "Read a job with its timeline", description = """
            The job's summary, its status as `/status` shows it, its prompt and its timeline: created, claimed by a \
            worker, each provider call with its outcome (with its start and finish times and cost when the worker \
            recorded it), and completed, failed or canceled. Visible to its owner and admins.""")
    JobDetail detail(@PathVariable String jobId) {
        Caller caller = Caller.current();
        JobListing.Row row = JobId.parse(jobId).flatMap(id -> listing.find(id, caller))
                .orElseThrow(() -> JobStatusReader.notFound(jobId));
        GenerationJob job = row.job();
        return new JobDetail(summary(row), reader.view(job, baseUrls.current()), job.prompt(), job.attempts(),
                row.inputPurged(), listing.retriesOf(job.id()).stream().map(JobId::toString).toList(),
                JobTimeline.of(job, providerCalls.ofJob(job.id()), json));
    }

    @PostMapping("/api/v1/avatar/jobs/{jobId}/retry")
    @Operation(summary = "Retry a failed or canceled job", description = """
            Submits a new job with the failed or canceled job's photo, style, quality, prompt, metadata and webhook, \
            through the same intake as a new request (rate limits, budgets and the result cache apply), and links it \
            to the old one (`retry_of`). Answers like an asynchronous generate: 202 with the new job's status URL. \
            Needs the `generate` scope.""")
    @ApiResponse(responseCode = "202", description = "The new job is queued",
            headers = @Header(name = "Location", description = "The new job's status URL",
                    schema = @Schema(type = "string", format = "uri")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AcceptedResponse.class)))
    @ProblemResponses({ProblemCode.JOB_NOT_RETRYABLE, ProblemCode.IMAGE_EXPIRED, ProblemCode.RATE_LIMITED,
            ProblemCode.DAILY_BUDGET_EXHAUSTED, ProblemCode.USER_DAILY_LIMIT_REACHED, ProblemCode.UNKNOWN_STYLE})
    ResponseEntity<AcceptedResponse> retry(@PathVariable String jobId) {
        JobId id = JobId.parse(jobId).orElseThrow(() -> JobStatusReader.notFound(jobId));
        GenerationService.Queued queued = retry.retry(id, Caller.current());
        String statusPath = "/api/v1/avatar/status/" + queued.jobId();
        return ResponseEntity.accepted()
                .location(URI.create(baseUrls.current() + statusPath))
                .body(AcceptedResponse.of(queued.jobId().toString(), queued.estimatedSeconds(), statusPath));
    }

    private static JobSummary summary(JobListing.Row row) {
        GenerationJob job = row.job();
        return new JobSummary(job.id().toString(), job.state().apiName(), job.userId(), job.style(), job.quality(),
                job.provider(), job.model(), job.costSoFar(), job.errorCode(), job.createdAt(), job.finishedAt(),
                job.cached(), row.retryOf() == null ? null : row.retryOf().toString());
    }

    private static @Nullable JobState state(@Nullable String state) {
        String wanted = blankToNull(state);
        if (wanted == null) {
            return null;
        }
        return Stream.of(JobState.values()).filter(s -> s.apiName().equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new ApiProblemException(ProblemCode.INVALID_FIELD,
                        "state: must be one of queued, processing, completed, failed, canceled"));
    }

    private static @Nullable Instant instant(String name, @Nullable String text) {
        String value = blankToNull(text);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    name + ": must be an ISO instant such as 2026-11-25T10:15:30Z");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
