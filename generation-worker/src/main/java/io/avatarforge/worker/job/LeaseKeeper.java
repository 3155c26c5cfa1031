package io.avatarforge.worker.job;

/** Keeps the job this worker holds from being handed to another worker while it waits (for a rate-limit permit). */
@FunctionalInterface
public interface LeaseKeeper {

    /** Extends the lease; false when the job is no longer this worker's. */
    boolean renew();

    LeaseKeeper NONE = () -> true;
}
