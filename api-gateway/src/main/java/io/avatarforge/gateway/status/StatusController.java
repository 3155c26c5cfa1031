package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.CompletionEstimates;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/status/{job_id}}: one primary-key read, built for heavy polling by mobile clients. */
@RestController
class StatusController {

    private final GatewayJobRepository jobs;
    private final JobViews views;
    private final BaseUrls baseUrls;
    private final CompletionEstimates estimates;

    StatusController(GatewayJobRepository jobs, JobViews views, BaseUrls baseUrls, CompletionEstimates estimates) {
        this.jobs = jobs;
        this.views = views;
        this.baseUrls = baseUrls;
        this.estimates = estimates;
    }

    @GetMapping("/api/v1/avatar/status/{jobId}")
    JobStatusResponse status(@PathVariable String jobId) {
        // Another caller's job answers exactly like a job that does not exist (OWASP API1).
        Caller caller = Caller.current();
        GenerationJob job = JobId.parse(jobId).flatMap(id -> jobs.findVisibleTo(id, caller)).orElseThrow(() -> new ApiProblemException(
                ProblemCode.JOB_NOT_FOUND, "No job exists with id " + jobId));
        return views.status(job, baseUrls.current(), estimates.expectedSeconds(job.provider(), job.quality()));
    }
}
