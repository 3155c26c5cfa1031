package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.CompletionEstimates;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.JobQueue;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import org.springframework.stereotype.Component;

/**
 * A job's status as a client sees it, the same for a poll and for every event of its stream: the job (if the caller
 * may see it) and its view, with its progress estimate and, while it is queued, its place in the queue.
 */
@Component
public class JobStatusReader {

    private final GatewayJobRepository jobs;
    private final JobViews views;
    private final CompletionEstimates estimates;
    private final JobQueue queue;

    JobStatusReader(GatewayJobRepository jobs, JobViews views, CompletionEstimates estimates, JobQueue queue) {
        this.jobs = jobs;
        this.views = views;
        this.estimates = estimates;
        this.queue = queue;
    }

    /** The job, if {@code caller} may see it; another caller's job is answered exactly like one that does not exist. */
    GenerationJob visibleJob(String jobId, Caller caller) {
        return JobId.parse(jobId).flatMap(id -> jobs.findVisibleTo(id, caller)).orElseThrow(() -> notFound(jobId));
    }

    /** The refusal for a job that does not exist or that the caller may not see (the two look the same). */
    public static ApiProblemException notFound(String jobId) {
        return new ApiProblemException(ProblemCode.JOB_NOT_FOUND, "No job exists with id " + jobId);
    }

    public JobStatusResponse view(GenerationJob job, String baseUrl) {
        return views.status(job, baseUrl, estimates.expectedSeconds(job.provider(), job.quality()),
                queue.standingOf(job));
    }
}
