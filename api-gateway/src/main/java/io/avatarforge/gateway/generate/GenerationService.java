package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.intake.ImageIntake;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.JobPlan;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Intake, in the order that refuses cheaply first: the policy (rate limits, style, quality, price), then the photo
 * (format, size, pixel count), then the durable submission (storage, job, event and budget reservation), which the
 * result cache may answer instead.
 */
@Service
class GenerationService {

    private final IntakePolicy policy;
    private final ImageIntake intake;
    private final JobSubmission submission;
    private final ResultCache cache;

    GenerationService(IntakePolicy policy, ImageIntake intake, JobSubmission submission, ResultCache cache) {
        this.policy = policy;
        this.intake = intake;
        this.submission = submission;
        this.cache = cache;
    }

    JobSubmission.Submission submit(GenerateAvatarRequest request, JobSubmission.Reply reply, Caller caller) {
        JobPlan plan = policy.plan(request, caller);
        PreparedImage photo = intake.accept(Objects.requireNonNull(request.image()));
        // The cache key needs the accepted photo's bytes, so it is added to the plan only now.
        return submission.submit(cache.keyed(plan, photo), photo, reply);
    }
}
