package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.JobId;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/avatar/jobs/{job_id}/cancel}: withdraws a queued job (see {@link JobCancellation}). */
@RestController
@Tag(name = "Jobs", description = "A submitted job: its status, its events, its cancellation and webhook deliveries.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class CancelController {

    private final JobCancellation cancellation;
    private final JobViews views;
    private final BaseUrls baseUrls;

    CancelController(JobCancellation cancellation, JobViews views, BaseUrls baseUrls) {
        this.cancellation = cancellation;
        this.views = views;
        this.baseUrls = baseUrls;
    }

    @PostMapping("/api/v1/avatar/jobs/{jobId}/cancel")
    @Operation(summary = "Cancel a queued job", description = "Only a queued job can be canceled; its reserved budget "
            + "is released. Answers the job's status, now `canceled`.")
    @ProblemResponses(ProblemCode.JOB_NOT_CANCELABLE)
    JobStatusResponse cancel(@PathVariable String jobId) {
        JobId id = JobId.parse(jobId).orElseThrow(() -> JobCancellation.notFound(jobId));
        return views.status(cancellation.cancel(id, Caller.current()), baseUrls.current(), 0);
    }
}
