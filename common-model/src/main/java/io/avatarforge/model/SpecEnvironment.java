package io.avatarforge.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The specification's deployment variables that are not configuration keys, as the Spring properties they stand for:
 * {@code LOG_LEVEL} sets the root log level, {@code LOG_FORMAT=json} makes the console log one JSON object per line,
 * {@code METRICS_ENABLED=false} stops exporting metrics and hides the
 * metrics endpoints (health and info stay, probes need them), and OpenTelemetry's {@code OTEL_EXPORTER_OTLP_ENDPOINT}
 * (or {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) turns on the export of traces over OTLP/HTTP. Both roles install
 * these just above their own defaults, so an explicit Spring property still wins.
 */
public final class SpecEnvironment {

    /** The name of the property source both roles share, so a process with both installs it once. */
    public static final String SOURCE_NAME = "avatarSpecEnvironment";

    /** Spring Boot 4's name for where spans go (its 3.x name, {@code management.otlp.tracing.endpoint}, is gone). */
    public static final String OTLP_TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";

    private static final Set<String> NO = Set.of("false", "0", "no", "off");

    private SpecEnvironment() {
    }

    public static Map<String, Object> springProperties(Function<String, @Nullable String> environment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String level = environment.apply("LOG_LEVEL");
        if (level != null && !level.isBlank()) {
            properties.put("logging.level.root", level.strip());
        }
        // LOG_FORMAT=json: one JSON object per line (Elastic Common Schema), key-value pairs as fields; text otherwise.
        String format = environment.apply("LOG_FORMAT");
        if (format != null && format.strip().equalsIgnoreCase("json")) {
            properties.put("logging.structured.format.console", "ecs");
        }
        String metrics = environment.apply("METRICS_ENABLED");
        if (metrics != null && NO.contains(metrics.strip().toLowerCase(Locale.ROOT))) {
            properties.put("management.endpoints.web.exposure.include", "health,info");
            properties.put("management.defaults.metrics.export.enabled", "false");
        }
        // OpenTelemetry's own variables, read as its SDKs read them: the traces endpoint as it is, the base endpoint
        // with the OTLP/HTTP traces path appended. Spring Boot exports spans only when this property is set.
        String traces = environment.apply("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        String base = environment.apply("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (traces != null && !traces.isBlank()) {
            properties.put(OTLP_TRACES_ENDPOINT, traces.strip());
        } else if (base != null && !base.isBlank()) {
            properties.put(OTLP_TRACES_ENDPOINT, base.strip().replaceAll("/+$", "") + "/v1/traces");
        }
        return properties;
    }
}
