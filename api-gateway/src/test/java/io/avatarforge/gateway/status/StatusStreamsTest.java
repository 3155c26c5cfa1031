package io.avatarforge.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order in which a stream accepts what it reads of a job, whichever read arrives first. */
class StatusStreamsTest {

    @Test
    void everyStepOfAJobsLifeComesAfterTheStepsBeforeIt() {
        // Queued, claimed, its worker lost and queued again, claimed again, then done.
        List<GenerationJob> life = List.of(job(JobState.QUEUED, 0), job(JobState.PROCESSING, 1),
                job(JobState.QUEUED, 1), job(JobState.PROCESSING, 2), job(JobState.COMPLETED, 2));

        assertThat(life.stream().map(StatusStreams::version).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anyEndComesAfterEveryAttempt() {
        for (JobState end : List.of(JobState.COMPLETED, JobState.FAILED, JobState.CANCELED)) {
            assertThat(StatusStreams.version(job(end, 0))).isGreaterThan(StatusStreams.version(
                    job(JobState.PROCESSING, 1_000)));
        }
    }

    private static GenerationJob job(JobState state, int attempts) {
        return new GenerationJob(JobId.random(), state, "someone", "cartoon_3d", "medium", "a prompt", "local", null,
                new ImageRef("inputs/2f/2f1c0a6e-9c1b-4a53-8d3e-0f4f5b6a7c8d.png"), null, BigDecimal.ZERO, null, null,
                null, attempts, 1, Instant.now(), null, null, null, null, null, null, null,
                GenerationJob.Waiting.NONE);
    }
}
