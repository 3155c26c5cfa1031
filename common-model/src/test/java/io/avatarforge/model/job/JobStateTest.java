package io.avatarforge.model.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void aQueuedJobCanStartFailOrBeCanceledButNotComplete() {
        assertThat(JobState.QUEUED.transitionTo(JobState.PROCESSING)).isEqualTo(JobState.PROCESSING);
        assertThat(JobState.QUEUED.canTransitionTo(JobState.FAILED)).isTrue();
        assertThat(JobState.QUEUED.canTransitionTo(JobState.CANCELED)).isTrue();
        assertThat(JobState.QUEUED.canTransitionTo(JobState.COMPLETED)).isFalse();
        assertThat(JobState.QUEUED.isTerminal()).isFalse();
    }

    @Test
    void aProcessingJobCanFinishInEveryWayOrGoBackToTheQueueWhenItsWorkerIsLost() {
        assertThat(JobState.PROCESSING.canTransitionTo(JobState.COMPLETED)).isTrue();
        assertThat(JobState.PROCESSING.canTransitionTo(JobState.FAILED)).isTrue();
        assertThat(JobState.PROCESSING.canTransitionTo(JobState.CANCELED)).isTrue();
        assertThat(JobState.PROCESSING.canTransitionTo(JobState.QUEUED)).isTrue();
        assertThat(JobState.PROCESSING.canTransitionTo(JobState.PROCESSING)).isFalse();
        assertThat(JobState.PROCESSING.isTerminal()).isFalse();
    }

    @Test
    void aCompletedJobNeverChangesAgain() {
        assertTerminal(JobState.COMPLETED);
    }

    @Test
    void aFailedJobNeverChangesAgain() {
        assertTerminal(JobState.FAILED);
    }

    @Test
    void aCanceledJobNeverChangesAgain() {
        assertTerminal(JobState.CANCELED);
    }

    @Test
    void anIllegalTransitionNamesBothEnds() {
        assertThatThrownBy(() -> JobState.COMPLETED.transitionTo(JobState.QUEUED))
                .isInstanceOfSatisfying(IllegalJobTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(JobState.COMPLETED);
                    assertThat(e.to()).isEqualTo(JobState.QUEUED);
                })
                .hasMessageContaining("COMPLETED").hasMessageContaining("QUEUED");
    }

    @Test
    void apiNamesAreLowerCase() {
        assertThat(JobState.PROCESSING.apiName()).isEqualTo("processing");
    }

    private static void assertTerminal(JobState state) {
        assertThat(state.isTerminal()).isTrue();
        for (JobState target : JobState.values()) {
            assertThat(state.canTransitionTo(target)).as("%s -> %s", state, target).isFalse();
            assertThatThrownBy(() -> state.transitionTo(target)).isInstanceOf(IllegalJobTransitionException.class);
        }
    }
}
