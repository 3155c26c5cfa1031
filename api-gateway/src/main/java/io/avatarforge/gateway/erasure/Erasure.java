package io.avatarforge.gateway.erasure;

import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.retention.JobImages;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.JobTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases images on request. A queued job is canceled first (through {@link JobTransitions}, which releases its budget
 * reservation); a job a worker is running is refused with 409 {@code job_running}: its provider call is under way and
 * would store a result after the erasure, so the client retries once it ended (seconds to a minute).
 */
@Service
class Erasure {

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
    private static final int BATCH = 100;

    private final GatewayJobRepository jobs;
    private final JobTransitions transitions;
    private final JobImages images;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Erasure(GatewayJobRepository jobs, JobTransitions transitions, JobImages images, TransactionTemplate transactions,
            Clock clock) {
        this.jobs = jobs;
        this.transitions = transitions;
        this.images = images;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Deletes a job's photo and result at once; the job row stays (status then says {@code image_expired}). */
    void eraseJob(String jobId, Caller caller) {
        GenerationJob job = JobId.parse(jobId).flatMap(id -> jobs.findVisibleTo(id, caller)).orElseThrow(() ->
                new ApiProblemException(ProblemCode.JOB_NOT_FOUND, "No job exists with id " + jobId));
        endOrRefuse(job);
        transactions.executeWithoutResult(status -> images.erase(job.id(), clock.instant()));
    }

    /**
     * Deletes every image of {@code userId}'s jobs and anonymises the rows: the user id is replaced by a marker drawn
     * at random for this erasure (the same for all the rows, so a usage report still counts them as one former user;
     * nothing derives it from the user id), the prompts are cleared. Costs, times, provider and style stay.
     */
    void eraseUser(String userId, Caller caller) {
        boolean ownIdentity = caller.keyId() == null && caller.actor().equals("firebase:" + userId);
        if (!caller.isAdmin() && !ownIdentity) {
            throw new ApiProblemException(ProblemCode.FORBIDDEN,
                    "Only an admin key or the user's own Firebase identity may erase a user's data");
        }
        for (GenerationJob job : images.unfinishedJobsOf(userId)) {
            endOrRefuse(job);
        }
        String marker = "erased-" + UUID.randomUUID();
        int erased = 0;
        int batch;
        do {
            Instant now = clock.instant();
            Integer done = transactions.execute(status -> images.eraseUser(userId, marker, BATCH, now));
            batch = done == null ? 0 : done;
            erased += batch;
        } while (batch == BATCH);
        transactions.executeWithoutResult(status -> images.anonymiseBudget(userId, marker));
        // Neither the user id nor the marker is logged: together with an access log they would link the two again.
        LOG.info("Erased the images of {} jobs of a user and anonymised them", erased);
    }

    private void endOrRefuse(GenerationJob read) {
        GenerationJob job = read;
        if (job.state() == JobState.QUEUED && !transitions.cancelQueued(job.id(), clock.instant())) {
            // A worker claimed it meanwhile: look again.
            job = jobs.find(job.id()).orElse(job);
        }
        if (job.state() == JobState.PROCESSING) {
            throw new ApiProblemException(ProblemCode.JOB_RUNNING, "Job " + job.id() + " is being generated; its "
                    + "result would be stored after the erasure. Retry once it ended");
        }
    }
}
