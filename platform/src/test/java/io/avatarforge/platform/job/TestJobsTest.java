package io.avatarforge.platform.job;

import static io.avatarforge.testkit.TestJobs.aCanceledJob;
import static io.avatarforge.testkit.TestJobs.aCompletedJob;
import static io.avatarforge.testkit.TestJobs.aFailedJob;
import static io.avatarforge.testkit.TestJobs.aJobWhoseWorkerDied;
import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.storage.LocalDiskImageStore;
import io.avatarforge.testkit.PostgresTestDatabase;
import io.avatarforge.testkit.TestJobs;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The test kit's job fixtures write rows that the real schema (the db module's migrations, on PostgreSQL) accepts, in
 * the state each builder names, with what a service would have written for that state; and production's row mapping
 * reads every one of them. Here because platform has the mapping and a database, and the kit must not depend on it.
 */
class TestJobsTest {

    private static JdbcClient jdbc;
    private static ImageStore images;

    @BeforeAll
    static void migratedSchema(@TempDir Path imageRoot) {
        String url = PostgresTestDatabase.freshSchemaUrl("testjobs");
        Flyway.configure()
                .dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .locations("classpath:db/migration")
                .placeholders(Map.of("json_type", "jsonb"))
                .load()
                .migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD));
        images = new LocalDiskImageStore(imageRoot);
    }

    @Test
    void aQueuedJobWaitsForAWorkerWithItsInputStored() {
        JobId id = aQueuedJob().insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "QUEUED").containsEntry("attempts", 0)
                .containsEntry("worker_id", null).containsEntry("started_at", null)
                .containsEntry("finished_at", null).containsEntry("error_code", null);
        assertThat(row.get("dispatched_at")).isNotNull();
        assertThat(images.get(new ImageRef((String) row.get("input_image_ref")))).isPresent();
    }

    @Test
    void aCompletedJobRanOnceAndHasAStoredResultACostAndAFinishTime() {
        JobId id = aCompletedJob().insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "COMPLETED").containsEntry("attempts", 1)
                .containsEntry("error_code", null);
        assertThat(row.get("started_at")).isNotNull();
        assertThat(row.get("finished_at")).isNotNull();
        assertThat(row.get("actual_cost")).isNotNull();
        assertThat(row.get("model")).isNotNull();
        assertThat(images.get(new ImageRef((String) row.get("result_image_ref")))).isPresent();
    }

    @Test
    void aFailedJobRanOnceAndFailedBecauseItsProviderWasUnavailable() {
        JobId id = aFailedJob().insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "FAILED").containsEntry("attempts", 1)
                .containsEntry("error_code", "provider_unavailable").containsEntry("result_image_ref", null);
        assertThat((String) row.get("error_message")).isNotBlank();
        assertThat(row.get("finished_at")).isNotNull();
    }

    @Test
    void aCanceledJobWasCanceledBeforeAnyWorkerStartedIt() {
        JobId id = aCanceledJob().insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "CANCELED").containsEntry("attempts", 0)
                .containsEntry("error_code", "canceled").containsEntry("started_at", null)
                .containsEntry("worker_id", null);
        assertThat(row.get("finished_at")).isNotNull();
    }

    @Test
    void aJobWhoseWorkerDiedIsStillProcessingUnderAnExpiredLease() {
        JobId id = aJobWhoseWorkerDied(2, Duration.ofSeconds(5)).insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("state", "PROCESSING").containsEntry("attempts", 2)
                .containsEntry("finished_at", null);
        assertThat(row.get("worker_id")).isNotNull();
        assertThat(((Timestamp) row.get("lease_expires_at")).toInstant()).isBefore(Instant.now());
    }

    @Test
    void theBuildersStyleProviderAndDispatchTimeReachTheRow() {
        JobId id = aQueuedJob().withStyle("anime").withProvider("counting").dispatchedAgo(Duration.ofMinutes(5))
                .insert(jdbc, images);

        Map<String, Object> row = row(id);
        assertThat(row).containsEntry("style", "anime").containsEntry("provider", "counting");
        assertThat(((Timestamp) row.get("dispatched_at")).toInstant())
                .isBefore(Instant.now().minus(Duration.ofMinutes(4)));
    }

    @Test
    void productionsRowMappingReadsEveryStateBack() {
        List<TestJobs> builders = List.of(aQueuedJob(), aCompletedJob(), aFailedJob(), aCanceledJob(),
                aJobWhoseWorkerDied(1, Duration.ofSeconds(1)));

        List<JobState> states = builders.stream().map(builder -> builder.insert(jdbc, images))
                .map(id -> jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where id = :id")
                        .param("id", id.value()).query((rs, n) -> GenerationJobRows.map(rs)).single().state())
                .toList();

        assertThat(states).containsExactly(JobState.QUEUED, JobState.COMPLETED, JobState.FAILED, JobState.CANCELED,
                JobState.PROCESSING);
    }

    private static Map<String, Object> row(JobId id) {
        return jdbc.sql("""
                select state, attempts, style, provider, model, input_image_ref, result_image_ref, actual_cost,
                    error_code, error_message, worker_id, lease_expires_at, dispatched_at, started_at, finished_at
                from generation_job where id = :id
                """).param("id", id.value()).query().singleRow();
    }
}
