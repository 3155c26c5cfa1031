package io.avatarforge.gateway;

import io.avatarforge.model.SpecEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the gateway role's defaults as the lowest-precedence property source, before any configuration class is
 * parsed: a {@code @PropertySource} on an auto-configuration arrives too late for conditions evaluated earlier (the
 * actuator's endpoint exposure, for one). Runs before the worker's defaults, so in a process with both roles the
 * gateway's values win where they differ (the readiness group that includes Kafka).
 */
class GatewayDefaults implements EnvironmentPostProcessor, Ordered {

    static final String RESOURCE = "avatar-gateway-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A process that has the role on its classpath but switched off must not inherit its settings (its readiness
        // group would name health indicators that do not exist).
        if (!environment.getProperty("avatar.gateway.enabled", Boolean.class, true)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(RESOURCE, new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        // The specification's LOG_LEVEL and METRICS_ENABLED, just above the role's defaults: explicit settings win.
        Map<String, Object> spec = SpecEnvironment.springProperties(environment::getProperty);
        if (!spec.isEmpty() && !environment.getPropertySources().contains(SpecEnvironment.SOURCE_NAME)) {
            environment.getPropertySources().addBefore(RESOURCE, new MapPropertySource(SpecEnvironment.SOURCE_NAME,
                    spec));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
