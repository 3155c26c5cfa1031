package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/avatar/status/{job_id}/events}: the job's status as server-sent events ({@code event: status},
 * the body of {@code GET /api/v1/avatar/status/{job_id}} as data) at once and at every change, until the terminal one.
 * Who may open it is decided as for the status itself; the request thread is released at once (see
 * {@link StatusStreams}).
 */
@RestController
@Tag(name = "Jobs", description = "A submitted job: its status, its events, its cancellation and webhook deliveries.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class StatusStreamController {

    private final JobStatusReader reader;
    private final StatusStreams streams;
    private final BaseUrls baseUrls;

    StatusStreamController(JobStatusReader reader, StatusStreams streams, BaseUrls baseUrls) {
        this.reader = reader;
        this.streams = streams;
        this.baseUrls = baseUrls;
    }

    @GetMapping(path = "/api/v1/avatar/status/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a job's status as server-sent events", description = """
            `event: status` with the body of `GET /api/v1/avatar/status/{jobId}` as data, at once and at every \
            change, until the terminal one.""")
    @ApiResponse(responseCode = "200", description = "The event stream", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @ProblemResponses(ProblemCode.TOO_MANY_STREAMS)
    ResponseEntity<SseEmitter> events(@PathVariable String jobId) {
        GenerationJob job = reader.visibleJob(jobId, Caller.current());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                // Reverse proxies such as nginx would otherwise buffer the stream and deliver events late.
                .header("X-Accel-Buffering", "no")
                .body(streams.open(job, baseUrls.current()));
    }
}
