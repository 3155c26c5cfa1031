package io.avatarforge.model;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production gateway and worker refuse the standalone's development infrastructure. */
class ProductionGuardTest {

    @Test
    void anH2DatabaseIsRefused() {
        assertThatThrownBy(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:h2:file:./data/db/avatar;MODE=PostgreSQL")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2")
                .hasMessageNotContaining("MODE=PostgreSQL");
    }

    @Test
    void aMissingDatabaseIsRefused() {
        assertThatThrownBy(() -> ProductionGuard.check(Map.<String, String>of()::get))
                .hasMessageContaining("spring.datasource.url is not set");
    }

    @Test
    void anInProcessBrokerIsRefused() {
        assertThatThrownBy(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "avatar.standalone.embedded-broker", "true")::get))
                .hasMessageContaining("in-process Kafka broker");
    }

    @Test
    void theFirebaseAuthEmulatorIsRefused() {
        assertThatThrownBy(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "FIREBASE_AUTH_EMULATOR_HOST", "127.0.0.1:9099")::get))
                .hasMessageContaining("Firebase Auth emulator");
    }

    @Test
    void postgresAndARealBrokerStart() {
        assertThatCode(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "spring.kafka.bootstrap-servers", "kafka:9092",
                // The gateway's default when the variable is unset.
                "avatar.gateway.security.firebase-auth-emulator-host", "")::get))
                .doesNotThrowAnyException();
    }

    @Test
    void corsForAnyOriginIsRefused() {
        assertThatThrownBy(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "avatar.gateway.cors.allowed-origins", "https://app.example.com, *")::get))
                .hasMessageContaining("allows any origin");
        assertThatThrownBy(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "avatar.gateway.cors.allowed-origins[0]", "*")::get))
                .hasMessageContaining("allows any origin");
    }

    @Test
    void listedOriginsOrNoneStart() {
        assertThatCode(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "avatar.gateway.cors.allowed-origins", "https://app.example.com,https://*.example.org")::get))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionGuard.check(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/avatar",
                "avatar.gateway.cors.allowed-origins", "")::get))
                .doesNotThrowAnyException();
    }
}
