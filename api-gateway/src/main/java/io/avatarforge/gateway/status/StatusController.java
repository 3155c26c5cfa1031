package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/status/{job_id}}: one primary-key read, built for heavy polling by mobile clients. */
@RestController
@Tag(name = "Jobs", description = "A submitted job: its status, its events, its cancellation and webhook deliveries.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class StatusController {

    private final JobStatusReader reader;
    private final BaseUrls baseUrls;

    StatusController(JobStatusReader reader, BaseUrls baseUrls) {
        this.reader = reader;
        this.baseUrls = baseUrls;
    }

    @GetMapping("/api/v1/avatar/status/{jobId}")
    @Operation(summary = "Read a job's status", description = """
            The job's state; `image_url` (signed, absolute) once completed, `error_code` and `error_message` once \
            failed, `queue_position` and `estimated_completion_seconds` while queued. Visible to its owner and admins.""")
    JobStatusResponse status(@PathVariable String jobId) {
        return reader.view(reader.visibleJob(jobId, Caller.current()), baseUrls.current());
    }
}
