package io.avatarforge.model.job;

/** A writer tried to move a job along an edge the state machine does not have. */
public final class IllegalJobTransitionException extends IllegalStateException {

    private final JobState from;
    private final JobState to;

    public IllegalJobTransitionException(JobState from, JobState to) {
        super("A job cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public JobState from() {
        return from;
    }

    public JobState to() {
        return to;
    }
}
