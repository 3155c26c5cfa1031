package io.avatarforge.model.job;

import static io.avatarforge.model.job.JobState.CANCELED;
import static io.avatarforge.model.job.JobState.COMPLETED;
import static io.avatarforge.model.job.JobState.FAILED;
import static io.avatarforge.model.job.JobState.PROCESSING;
import static io.avatarforge.model.job.JobState.QUEUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every edge of the job state machine, allowed and refused, listed once here (as JobRunr lists its state changes). */
class JobStateTest {

    /** The whole machine. A change to {@link JobState} that is not made here too fails a test below. */
    private static final Set<List<JobState>> ALLOWED = Set.of(
            List.of(QUEUED, PROCESSING),
            List.of(QUEUED, CANCELED),
            List.of(PROCESSING, COMPLETED),
            List.of(PROCESSING, FAILED),
            List.of(PROCESSING, QUEUED));

    static Stream<Arguments> allowedEdges() {
        return ALLOWED.stream().map(edge -> Arguments.of(edge.get(0), edge.get(1)));
    }

    static Stream<Arguments> refusedEdges() {
        List<Arguments> refused = new ArrayList<>();
        for (JobState from : JobState.values()) {
            for (JobState to : JobState.values()) {
                if (!ALLOWED.contains(List.of(from, to))) {
                    refused.add(Arguments.of(from, to));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @MethodSource("allowedEdges")
    void anAllowedEdgeIsTaken(JobState from, JobState to) {
        assertThat(from.canTransitionTo(to)).isTrue();
        assertThat(from.transitionTo(to)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refusedEdges")
    void aRefusedEdgeThrowsAndNamesBothEnds(JobState from, JobState to) {
        assertThat(from.canTransitionTo(to)).isFalse();
        assertThatThrownBy(() -> from.transitionTo(to))
                .isInstanceOfSatisfying(IllegalJobTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                })
                .hasMessageContaining(from.name()).hasMessageContaining(to.name());
    }

    @Test
    void aQueuedJobIsNeverFailedAndARunningJobIsNeverCanceled() {
        assertThat(QUEUED.canTransitionTo(FAILED)).isFalse();
        assertThat(PROCESSING.canTransitionTo(CANCELED)).isFalse();
    }

    @Test
    void exactlyTheFinishedStatesAreTerminal() {
        assertThat(Stream.of(JobState.values()).filter(JobState::isTerminal)).containsExactlyInAnyOrder(COMPLETED,
                FAILED, CANCELED);
    }

    @Test
    void apiNamesAreLowerCase() {
        assertThat(PROCESSING.apiName()).isEqualTo("processing");
    }
}
