package io.avatarforge.platform;

import io.avatarforge.model.SpecEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds each role's defaults as the lowest-precedence property sources, before any configuration class is parsed: a
 * {@code @PropertySource} on an auto-configuration arrives too late for conditions evaluated earlier (the actuator's
 * endpoint exposure, for one). A role's defaults are added when its module is on the classpath (its resource is there)
 * and it is not switched off; the gateway's come before the worker's, so in a process with both roles the gateway's
 * values win where they differ (the readiness group that includes Kafka). What both roles share comes last.
 */
public final class RoleDefaults implements EnvironmentPostProcessor, Ordered {

    /** The roles in precedence order, each with its switch and its defaults resource. */
    public enum Role {
        GATEWAY("avatar.gateway.enabled", "avatar-gateway-defaults.properties"),
        WORKER("avatar.worker.enabled", "avatar-worker-defaults.properties");

        private final String switchProperty;
        private final String resource;

        Role(String switchProperty, String resource) {
            this.switchProperty = switchProperty;
            this.resource = resource;
        }

        public String resource() {
            return resource;
        }

        /** On the classpath and not switched off. */
        boolean activeIn(ConfigurableEnvironment environment) {
            return environment.getProperty(switchProperty, Boolean.class, true)
                    && new ClassPathResource(resource).exists();
        }
    }

    /** Defaults both roles share; they come after every role's. */
    public static final String SHARED_RESOURCE = "avatar-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> resources = new ArrayList<>();
        for (Role role : Role.values()) {
            // A process that has the role on its classpath but switched off must not inherit its settings (its
            // readiness group would name health indicators that do not exist).
            if (role.activeIn(environment)) {
                resources.add(role.resource());
            }
        }
        if (resources.isEmpty()) {
            return;
        }
        resources.add(SHARED_RESOURCE);
        for (String resource : resources) {
            if (!environment.getPropertySources().contains(resource)) {
                environment.getPropertySources().addLast(load(resource));
            }
        }
        // The specification's LOG_LEVEL and METRICS_ENABLED, just above the roles' defaults: explicit settings win.
        Map<String, Object> spec = SpecEnvironment.springProperties(environment::getProperty);
        if (!spec.isEmpty() && !environment.getPropertySources().contains(SpecEnvironment.SOURCE_NAME)) {
            environment.getPropertySources().addBefore(resources.getFirst(),
                    new MapPropertySource(SpecEnvironment.SOURCE_NAME, spec));
        }
    }

    private static ResourcePropertySource load(String resource) {
        try {
            return new ResourcePropertySource(resource, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
