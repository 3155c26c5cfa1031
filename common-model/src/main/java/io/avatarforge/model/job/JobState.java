package io.avatarforge.model.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The life of a generation job. The database row is the source of truth; every writer moves a row only along these
 * edges, and does so with a conditional update on the current state so that concurrent writers cannot both win.
 */
public enum JobState {
    QUEUED,
    PROCESSING,
    COMPLETED,
    FAILED,
    CANCELED;

    private Set<JobState> successors() {
        return switch (this) {
            // QUEUED -> FAILED: the sweeper gives up on a job no worker could run.
            case QUEUED -> EnumSet.of(PROCESSING, FAILED, CANCELED);
            // PROCESSING -> QUEUED: the worker's lease expired (it died) and the job is dispatched again.
            case PROCESSING -> EnumSet.of(COMPLETED, FAILED, CANCELED, QUEUED);
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
