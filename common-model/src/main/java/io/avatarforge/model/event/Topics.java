package io.avatarforge.model.event;

/**
 * Kafka topic names. Job messages are keyed by job id so that one job's messages stay in order on one partition;
 * configuration changes are read by every instance, each in a consumer group of its own.
 */
public final class Topics {

    public static final String GENERATION_REQUESTED = "avatar.generation.requested";
    public static final String GENERATION_COMPLETED = "avatar.generation.completed";
    public static final String CONFIG_CHANGED = "avatar.config.changed";
    /** Generation requests a worker could not read or process after its retries, with the reason in headers. */
    public static final String GENERATION_REQUESTED_DLT = GENERATION_REQUESTED + ".DLT";

    private Topics() {
    }
}
