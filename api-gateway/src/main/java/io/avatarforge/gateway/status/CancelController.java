package io.avatarforge.gateway.status;

import io.avatarforge.gateway.budget.BudgetLedger;
import io.avatarforge.gateway.dispatch.OutboxWriter;
import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import java.time.Clock;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/avatar/jobs/{job_id}/cancel}: withdraws a queued job and gives its budget reservation back.
 * A job a worker already started is not canceled: its provider call is under way and will be charged.
 */
@RestController
class CancelController {

    private final GatewayJobRepository jobs;
    private final BudgetLedger ledger;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final JobViews views;
    private final BaseUrls baseUrls;
    private final Clock clock;

    CancelController(GatewayJobRepository jobs, BudgetLedger ledger, OutboxWriter outbox,
            TransactionTemplate transactions, JobViews views, BaseUrls baseUrls, Clock clock) {
        this.jobs = jobs;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = transactions;
        this.views = views;
        this.baseUrls = baseUrls;
        this.clock = clock;
    }

    @PostMapping("/api/v1/avatar/jobs/{jobId}/cancel")
    JobStatusResponse cancel(@PathVariable String jobId) {
        JobId id = JobId.parse(jobId).orElseThrow(() -> notFound(jobId));
        Caller caller = Caller.current();
        jobs.findVisibleTo(id, caller).orElseThrow(() -> notFound(jobId));
        boolean canceled = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!jobs.cancelQueued(id, clock.instant())) {
                return false;
            }
            ledger.release(id);
            // Wakes any synchronous request waiting for this job, on whichever replica holds it.
            outbox.completed(new GenerationCompleted(id, JobState.CANCELED, JobErrorCode.CANCELED.apiCode()));
            return true;
        }));
        GenerationJob job = jobs.find(id).orElseThrow(() -> notFound(jobId));
        if (!canceled && job.state() != JobState.CANCELED) {
            throw new ApiProblemException(ProblemCode.JOB_NOT_CANCELABLE, "The job is "
                    + job.state().apiName() + "; only a queued job can be canceled (a started one is being paid for)");
        }
        return views.status(job, baseUrls.current(), 0);
    }

    private static ApiProblemException notFound(String jobId) {
        return new ApiProblemException(ProblemCode.JOB_NOT_FOUND, "No job exists with id " + jobId);
    }
}
