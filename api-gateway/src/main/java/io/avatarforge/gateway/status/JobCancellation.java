package io.avatarforge.gateway.status;

import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.JobLog;
import io.avatarforge.platform.job.JobTransitions;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Withdraws a queued job for a caller who may see it. The state change, the release of its budget reservation and the
 * event that wakes a synchronous request waiting for it are one transition ({@link JobTransitions#cancelQueued}). A job
 * a worker already started is not canceled: its provider call is under way and will be charged.
 */
@Service
class JobCancellation {

    private final GatewayJobRepository jobs;
    private final JobTransitions transitions;
    private final Clock clock;
    private final JobLog log;

    JobCancellation(GatewayJobRepository jobs, JobTransitions transitions, Clock clock, JobLog log) {
        this.log = log;
        this.jobs = jobs;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** The job as it is after the request: canceled now or before; a 404 or 409 problem otherwise. */
    GenerationJob cancel(JobId id, Caller caller) {
        jobs.findVisibleTo(id, caller).orElseThrow(() -> notFound(id.toString()));
        boolean canceled = transitions.cancelQueued(id, clock.instant());
        GenerationJob job = jobs.find(id).orElseThrow(() -> notFound(id.toString()));
        if (canceled) {
            log.canceled(job);
        }
        if (!canceled && job.state() == JobState.QUEUED) {
            // Still queued, yet not canceled: identical requests wait for its result (the result cache's single-flight).
            throw new ApiProblemException(ProblemCode.JOB_NOT_CANCELABLE,
                    "The job is shared with identical requests waiting for its result, so it is not canceled");
        }
        if (!canceled && job.state() != JobState.CANCELED) {
            throw new ApiProblemException(ProblemCode.JOB_NOT_CANCELABLE, "The job is "
                    + job.state().apiName() + "; only a queued job can be canceled (a started one is being paid for)");
        }
        return job;
    }

    static ApiProblemException notFound(String jobId) {
        return JobStatusReader.notFound(jobId);
    }
}
