package io.avatarforge.worker.job;

/** The worker lost the job's lease while waiting; another worker owns it now, so this one stops quietly. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String message) {
        super(message);
    }
}
