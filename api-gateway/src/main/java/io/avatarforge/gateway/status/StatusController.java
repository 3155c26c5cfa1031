package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.JobStatusResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/status/{job_id}}: one primary-key read, built for heavy polling by mobile clients. */
@RestController
class StatusController {

    private final JobStatusReader reader;
    private final BaseUrls baseUrls;

    StatusController(JobStatusReader reader, BaseUrls baseUrls) {
        this.reader = reader;
        this.baseUrls = baseUrls;
    }

    @GetMapping("/api/v1/avatar/status/{jobId}")
    JobStatusResponse status(@PathVariable String jobId) {
        return reader.view(reader.visibleJob(jobId, Caller.current()), baseUrls.current());
    }
}
