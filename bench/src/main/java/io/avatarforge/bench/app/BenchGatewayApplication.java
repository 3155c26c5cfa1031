package io.avatarforge.bench.app;

import io.avatarforge.model.ProductionGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;

/**
 * The production gateway exactly as {@code GatewayApplication} assembles it (auto-configuration only, the same
 * production guard), plus the benchmark's bare endpoints and the JobRunr comparison, so that every baseline is served
 * by the same process, filters, thread model and JSON stack as the endpoint it is compared with.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({BaselineController.class, JobRunrComparison.class})
public class BenchGatewayApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BenchGatewayApplication.class);
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                ProductionGuard.check(event.getEnvironment()::getProperty));
        application.run(args);
    }
}
