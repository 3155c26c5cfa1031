package io.avatarforge.gateway;

import io.avatarforge.model.ProductionGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The production API gateway. It deliberately does not component-scan: everything comes from
 * {@link GatewayAutoConfiguration}, so the {@code avatar.gateway.enabled} switch governs it here and in standalone.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                ProductionGuard.check(event.getEnvironment()::getProperty));
        application.run(args);
    }
}
