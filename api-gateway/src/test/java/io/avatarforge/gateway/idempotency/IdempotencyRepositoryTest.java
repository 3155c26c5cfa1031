package io.avatarforge.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.PostgresTestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The table's statements on PostgreSQL (the gateways' database) and on H2 in PostgreSQL mode (the standalone app's):
 * one insert wins, only the attempt holding a key changes it, and the cleanup deletes expired rows in batches.
 */
class IdempotencyRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant LOCKED_UNTIL = NOW.plus(Duration.ofMinutes(1));

    @TempDir
    static Path h2Dir;

    static Stream<Arguments> databases() {
        PostgresTestDatabase.requireReachable();
        // A file database, as the standalone app's.
        String h2 = "jdbc:h2:file:" + h2Dir.resolve("avatar" + System.nanoTime())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        return Stream.of(
                Arguments.of("PostgreSQL", repositoryOn(PostgresTestDatabase.freshSchemaUrl("idempotency"),
                        PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD, "jsonb")),
                Arguments.of("H2", repositoryOn(h2, "sa", "", "varchar(1000000)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofTwoInsertsOfOneKeyOnlyTheFirstWins(String database, IdempotencyRepository repository) {
        IdempotencyKey key = aKey();

        assertThat(repository.insert(key, UUID.randomUUID(), LOCKED_UNTIL, NOW)).isTrue();
        assertThat(repository.insert(key, UUID.randomUUID(), LOCKED_UNTIL, NOW)).isFalse();
        assertThat(repository.insert(new IdempotencyKey("key:other", key.key(), key.fingerprint()), UUID.randomUUID(),
                LOCKED_UNTIL, NOW)).as("another caller's key of the same name").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRecordedAnswerReadsBackAsItWasRecorded(String database, IdempotencyRepository repository) {
        IdempotencyKey key = aKey();
        UUID attempt = UUID.randomUUID();
        repository.insert(key, attempt, LOCKED_UNTIL, NOW);
        assertThat(repository.find(key)).hasValueSatisfying(stored -> assertThat(stored.answer()).isNull());
        RecordedAnswer answer = new RecordedAnswer(RecordedAnswer.Kind.BODY, 202,
                Map.of("Location", List.of("http://localhost/api/v1/avatar/status/1")), "{\"job_id\":\"1\"}");

        assertThat(repository.record(key, attempt, answer)).isTrue();

        assertThat(repository.find(key)).hasValueSatisfying(stored -> {
            assertThat(stored.answer()).isEqualTo(answer);
            assertThat(stored.fingerprint()).isEqualTo(key.fingerprint());
            assertThat(stored.createdAt()).isEqualTo(NOW);
            assertThat(stored.lockedUntil()).isEqualTo(LOCKED_UNTIL);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyTheAttemptHoldingAKeyRecordsOrReleasesIt(String database, IdempotencyRepository repository) {
        IdempotencyKey key = aKey();
        UUID holder = UUID.randomUUID();
        repository.insert(key, holder, LOCKED_UNTIL, NOW);
        RecordedAnswer answer = new RecordedAnswer(RecordedAnswer.Kind.PROBLEM, 400, Map.of(),
                "{\"code\":\"unknown_style\",\"detail\":\"x\"}");

        assertThat(repository.record(key, UUID.randomUUID(), answer)).isFalse();
        assertThat(repository.release(key, UUID.randomUUID())).isFalse();
        assertThat(repository.find(key)).hasValueSatisfying(stored -> assertThat(stored.answer()).isNull());

        assertThat(repository.release(key, holder)).isTrue();
        assertThat(repository.find(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void ofTwoTakeOversOfAnAbandonedKeyOnlyTheOneThatSawItsHolderWins(String database,
            IdempotencyRepository repository) {
        IdempotencyKey key = aKey();
        UUID abandoned = UUID.randomUUID();
        repository.insert(key, abandoned, NOW, NOW.minus(Duration.ofMinutes(5)));
        UUID first = UUID.randomUUID();

        assertThat(repository.takeOver(key, abandoned, first, LOCKED_UNTIL, NOW)).isTrue();
        assertThat(repository.takeOver(key, abandoned, UUID.randomUUID(), LOCKED_UNTIL, NOW)).isFalse();
        assertThat(repository.record(key, abandoned, new RecordedAnswer(RecordedAnswer.Kind.BODY, 202, Map.of(),
                null))).as("the request that lost the key").isFalse();
        assertThat(repository.find(key)).hasValueSatisfying(stored -> {
            assertThat(stored.attempt()).isEqualTo(first);
            assertThat(stored.createdAt()).isEqualTo(NOW);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theCleanupDeletesRowsCreatedBeforeTheCutoffABatchAtATime(String database, IdempotencyRepository repository) {
        Instant cutoff = NOW.minus(Duration.ofHours(24));
        List<IdempotencyKey> old = Stream.generate(IdempotencyRepositoryTest::aKey).limit(5).toList();
        old.forEach(key -> repository.insert(key, UUID.randomUUID(), cutoff, cutoff.minus(1, ChronoUnit.SECONDS)));
        IdempotencyKey fresh = aKey();
        repository.insert(fresh, UUID.randomUUID(), LOCKED_UNTIL, cutoff);

        assertThat(List.of(repository.deleteCreatedBefore(cutoff, 2), repository.deleteCreatedBefore(cutoff, 2),
                repository.deleteCreatedBefore(cutoff, 2), repository.deleteCreatedBefore(cutoff, 2)))
                .containsExactly(2, 2, 1, 0);
        assertThat(old).allSatisfy(key -> assertThat(repository.find(key)).isEmpty());
        assertThat(repository.find(fresh)).isPresent();
    }

    private static IdempotencyKey aKey() {
        return new IdempotencyKey("key:" + UUID.randomUUID(), "order-" + UUID.randomUUID(), "ab".repeat(32));
    }

    private static IdempotencyRepository repositoryOn(String url, String user, String password, String jsonType) {
        Flyway.configure().dataSource(url, user, password).placeholders(Map.of("json_type", jsonType)).load()
                .migrate();
        return new IdempotencyRepository(JdbcClient.create(new DriverManagerDataSource(url, user, password)),
                JsonMapper.builder().build());
    }
}
