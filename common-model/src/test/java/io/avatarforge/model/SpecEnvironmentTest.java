package io.avatarforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecEnvironmentTest {

    @Test
    void logLevelBecomesTheRootLogLevel() {
        assertThat(SpecEnvironment.springProperties(Map.of("LOG_LEVEL", " DEBUG ")::get))
                .containsExactly(Map.entry("logging.level.root", "DEBUG"));
    }

    @Test
    void metricsDisabledHidesTheMetricsEndpointsAndStopsTheExport() {
        assertThat(SpecEnvironment.springProperties(Map.of("METRICS_ENABLED", "false")::get))
                .containsEntry("management.endpoints.web.exposure.include", "health,info")
                .containsEntry("management.defaults.metrics.export.enabled", "false");
        assertThat(SpecEnvironment.springProperties(Map.of("METRICS_ENABLED", "OFF")::get))
                .containsEntry("management.defaults.metrics.export.enabled", "false");
    }

    @Test
    void metricsEnabledOrUnsetChangesNothing() {
        assertThat(SpecEnvironment.springProperties(Map.of("METRICS_ENABLED", "true")::get)).isEmpty();
        assertThat(SpecEnvironment.springProperties(Map.<String, String>of()::get)).isEmpty();
    }

    @Test
    void logFormatJsonSwitchesTheConsoleToStructuredLoggingAndAnythingElseLeavesText() {
        assertThat(SpecEnvironment.springProperties(Map.of("LOG_FORMAT", " JSON ")::get))
                .containsExactly(Map.entry("logging.structured.format.console", "ecs"));
        assertThat(SpecEnvironment.springProperties(Map.of("LOG_FORMAT", "text")::get)).isEmpty();
    }

    @Test
    void anOtlpEndpointTurnsOnTheTraceExportAtItsTracesPath() {
        assertThat(SpecEnvironment.springProperties(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/")::get))
                .containsExactly(Map.entry(SpecEnvironment.OTLP_TRACES_ENDPOINT, "http://collector:4318/v1/traces"));
        assertThat(SpecEnvironment.springProperties(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:4318/custom")::get))
                .containsExactly(Map.entry(SpecEnvironment.OTLP_TRACES_ENDPOINT, "http://traces:4318/custom"));
        assertThat(SpecEnvironment.springProperties(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " ")::get)).isEmpty();
    }
}
