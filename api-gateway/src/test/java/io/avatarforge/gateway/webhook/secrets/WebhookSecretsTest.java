package io.avatarforge.gateway.webhook.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avatarforge.testkit.MovableClock;
import io.avatarforge.testkit.PostgresTestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Signing secrets on real PostgreSQL: issue, rotation with its grace period, first use, the service secret. */
class WebhookSecretsTest {

    private static final Duration GRACE = Duration.ofHours(24);
    private static JdbcClient jdbc;

    private final MovableClock clock = MovableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private final WebhookSecrets secrets = new WebhookSecrets(jdbc, clock, GRACE, null);

    @BeforeAll
    static void database() {
        String url = PostgresTestDatabase.freshSchemaUrl("webhooksecrets");
        Flyway.configure().dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
                .placeholders(Map.of("json_type", "jsonb")).load().migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(url, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD));
    }

    @Test
    void aKeysIssuedSecretIsTheOneThatSigns() {
        UUID key = UUID.randomUUID();

        String issued = secrets.issueForKey(key);

        assertThat(secrets.signingSecrets(key)).containsExactly(issued);
    }

    @Test
    void aRotatedOutSecretKeepsSigningNextToTheNewOneUntilTheGracePeriodEnds() {
        UUID key = UUID.randomUUID();
        String old = secrets.issueForKey(key);

        WebhookSecrets.Issued rotated = secrets.rotateForKey(key);

        assertThat(rotated.previousValidUntil()).isEqualTo(clock.instant().plus(GRACE));
        assertThat(secrets.signingSecrets(key)).containsExactly(rotated.secret(), old);
        clock.advance(GRACE.minusSeconds(1));
        assertThat(secrets.signingSecrets(key)).containsExactly(rotated.secret(), old);
        clock.advance(Duration.ofSeconds(1));
        assertThat(secrets.signingSecrets(key)).containsExactly(rotated.secret());
    }

    @Test
    void rotatingAgainWithinTheGracePeriodEndsTheOldestSecretAtOnce() {
        UUID key = UUID.randomUUID();
        String first = secrets.issueForKey(key);
        String second = secrets.rotateForKey(key).secret();

        String third = secrets.rotateForKey(key).secret();

        assertThat(secrets.signingSecrets(key)).containsExactly(third, second).doesNotContain(first);
    }

    @Test
    void aKeyFromBeforeWebhooksGetsASecretOnFirstUseWhichARotationReplaces() {
        UUID key = UUID.randomUUID();

        String firstUse = secrets.signingSecrets(key).getFirst();
        assertThat(secrets.signingSecrets(key)).containsExactly(firstUse);
        WebhookSecrets.Issued rotated = secrets.rotateForKey(key);

        assertThat(secrets.signingSecrets(key)).containsExactly(rotated.secret(), firstUse);
    }

    @Test
    void withoutAConfiguredServiceSecretEveryReplicaSignsWithTheSameGeneratedOne() {
        WebhookSecrets otherReplica = new WebhookSecrets(jdbc, clock, GRACE, null);

        String service = secrets.signingSecrets(null).getFirst();

        assertThat(service).startsWith("whsec_");
        assertThat(otherReplica.signingSecrets(null)).containsExactly(service);
    }

    @Test
    void aConfiguredServiceSecretSignsAsItIsAndAMalformedOneStopsTheStart() {
        String configured = WebhookSignature.newSecret();

        assertThat(new WebhookSecrets(jdbc, clock, GRACE, configured).signingSecrets(null))
                .containsExactly(configured);
        assertThatThrownBy(() -> new WebhookSecrets(jdbc, clock, GRACE, "not-a-secret"))
                .hasMessageContaining("AVATAR_WEBHOOK_SECRET").hasMessageNotContaining("not-a-secret");
    }
}
