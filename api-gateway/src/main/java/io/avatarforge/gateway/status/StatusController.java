package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @ApiResponse(responseCode = "200", description = "The job's status", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = JobStatusResponse.class),
            examples = @ExampleObject("""
                    {"status": "completed", "avatar_id": "0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01",
                     "image_url": "https://api.example.com/api/v1/avatar/images/0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01?expires=1767225600&signature=c2lnbmF0dXJl",
                     "progress_percent": 100, "error_message": null, "error_code": null,
                     "created_at": "2026-11-30T10:15:30Z", "completed_at": "2026-11-30T10:15:41Z",
                     "provider": "openai", "model": "gpt-image-1", "cost": 0.04,
                     "queue_position": null, "estimated_completion_seconds": null, "image_expired": false,
                     "metadata": {"cached": false}}
                    """)))
    JobStatusResponse status(@PathVariable String jobId) {
        return reader.view(reader.visibleJob(jobId, Caller.current()), baseUrls.current());
    }
}
