package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.JobId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/avatar/jobs/{job_id}/cancel}: withdraws a queued job (see {@link JobCancellation}). */
@RestController
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
    JobStatusResponse cancel(@PathVariable String jobId) {
        JobId id = JobId.parse(jobId).orElseThrow(() -> JobCancellation.notFound(jobId));
        return views.status(cancellation.cancel(id, Caller.current()), baseUrls.current(), 0);
    }
}
