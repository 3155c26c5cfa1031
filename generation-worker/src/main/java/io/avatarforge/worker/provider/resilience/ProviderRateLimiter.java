package io.avatarforge.worker.provider.resilience;

import io.avatarforge.worker.job.LeaseKeeper;
import io.avatarforge.worker.job.LeaseLostException;

/** The cluster-wide cap on calls to one provider ({@code provider_config.<name>.images_per_minute}). */
public interface ProviderRateLimiter {

    /**
     * Blocks until one call to {@code providerKey} may go out, renewing the job's lease while it waits: a job waiting
     * for a permit is never failed for it.
     *
     * @throws LeaseLostException when the lease could not be renewed (the job was handed on)
     */
    void acquire(String providerKey, int imagesPerMinute, LeaseKeeper lease);
}
