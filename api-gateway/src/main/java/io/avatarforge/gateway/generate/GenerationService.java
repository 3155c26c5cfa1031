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
 * (format, size, pixel count), then the durable submission (storage, job, event and budget reservation).
 */
@Service
class GenerationService {

    private final IntakePolicy policy;
    private final ImageIntake intake;
    private final JobSubmission submission;

    GenerationService(IntakePolicy policy, ImageIntake intake, JobSubmission submission) {
        this.policy = policy;
        this.intake = intake;
        this.submission = submission;
    }

    JobSubmission.Submission submit(GenerateAvatarRequest request, JobSubmission.Reply reply, Caller caller) {
        JobPlan plan = policy.plan(request, caller);
        PreparedImage photo = intake.accept(Objects.requireNonNull(request.image()));
        return submission.submit(plan, photo, reply);
    }
}
