package io.avatarforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.platform.RoleDefaults;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The gateway role's defaults and the specification's LOG_LEVEL. */
class RoleDefaultsTest {

    private final RoleDefaults processor = new RoleDefaults();

    @Test
    void logLevelSetsTheRootLogLevel() {
        StandardEnvironment environment = environmentWith(Map.of("LOG_LEVEL", "DEBUG"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.level.root")).isEqualTo("DEBUG");
    }

    @Test
    void anExplicitLoggingSettingStillWins() {
        StandardEnvironment environment = environmentWith(Map.of("LOG_LEVEL", "DEBUG", "logging.level.root", "WARN"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("logging.level.root")).isEqualTo("WARN");
    }

    @Test
    void metricsDisabledLeavesOnlyHealthAndInfoExposed() {
        StandardEnvironment environment = environmentWith(Map.of("METRICS_ENABLED", "false"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info");
        assertThat(environment.getProperty("management.defaults.metrics.export.enabled")).isEqualTo("false");
    }

    @Test
    void withMetricsUnsetThePrometheusEndpointIsExposed() {
        StandardEnvironment environment = environmentWith(Map.of());

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).contains("prometheus");
    }

    @Test
    void theRolesDefaultsComeLastAndOnlyWhenTheRoleIsOn() {
        StandardEnvironment on = environmentWith(Map.of("management.endpoints.web.exposure.include", "health"));
        processor.postProcessEnvironment(on, new SpringApplication());
        assertThat(on.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(on.getProperty("spring.jackson.property-naming-strategy")).isEqualTo("SNAKE_CASE");

        StandardEnvironment off = environmentWith(Map.of("avatar.gateway.enabled", "false"));
        processor.postProcessEnvironment(off, new SpringApplication());
        assertThat(off.getProperty("spring.jackson.property-naming-strategy")).isNull();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
