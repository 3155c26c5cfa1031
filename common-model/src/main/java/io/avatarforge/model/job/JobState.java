package io.avatarforge.model.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of a generation job. The database row is the source of truth; one owner (the platform's
 * {@code JobTransitions}) moves a row, only along these edges, each with a conditional update on the current state (and
 * attempt), so that concurrent writers cannot both win.
 */
public enum JobState {
    QUEUED,
    PROCESSING,
    COMPLETED,
    FAILED,
    CANCELED;

    private Set<JobState> successors() {
        return switch (this) {
            // QUEUED -> PROCESSING: a worker claimed it. QUEUED -> CANCELED: the client withdrew it before any worker
            // started (a queued job is never failed: the sweeper re-dispatches it until a worker claims it).
            case QUEUED -> EnumSet.of(PROCESSING, CANCELED);
            // PROCESSING -> COMPLETED / FAILED: the worker's outcome, or FAILED when its worker was lost too often.
            // PROCESSING -> QUEUED: the worker's lease expired (it died) and the job is dispatched again.
            // No PROCESSING -> CANCELED: a started provider call is paid for, so a running job is not canceled.
            case PROCESSING -> EnumSet.of(COMPLETED, FAILED, QUEUED);
            case COMPLETED, FAILED, CANCELED -> EnumSet.noneOf(JobState.class);
        };
    }

    public boolean canTransitionTo(JobState target) {
        return successors().contains(target);
    }

    /** Returns {@code target} when the edge exists, so callers can write {@code state = state.transitionTo(x)}. */
    public JobState transitionTo(JobState target) {
        if (!canTransitionTo(target)) {
            throw new IllegalJobTransitionException(this, target);
        }
        return target;
    }

    public boolean isTerminal() {
        return successors().isEmpty();
    }

    /** The lower-case name used in the REST API and in events. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
