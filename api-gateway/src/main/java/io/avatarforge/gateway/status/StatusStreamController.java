package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.job.GenerationJob;
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
    ResponseEntity<SseEmitter> events(@PathVariable String jobId) {
        GenerationJob job = reader.visibleJob(jobId, Caller.current());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                // Reverse proxies such as nginx would otherwise buffer the stream and deliver events late.
                .header("X-Accel-Buffering", "no")
                .body(streams.open(job, baseUrls.current()));
    }
}
