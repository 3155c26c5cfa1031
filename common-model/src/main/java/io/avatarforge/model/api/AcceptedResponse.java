package io.avatarforge.model.api;

/** The 202 answer: the job is durably queued and can be polled at {@code status_url}. */
public record AcceptedResponse(String status, String jobId, long estimatedCompletionSeconds, String statusUrl) {

    public static AcceptedResponse of(String jobId, long estimatedCompletionSeconds, String statusUrl) {
        return new AcceptedResponse("accepted", jobId, estimatedCompletionSeconds, statusUrl);
    }
}
