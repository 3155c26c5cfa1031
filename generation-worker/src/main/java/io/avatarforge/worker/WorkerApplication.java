package io.avatarforge.worker;

import io.avatarforge.model.ProductionGuard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * The production generation worker. Like the gateway it does not component-scan; {@link WorkerAutoConfiguration}
 * brings everything in, under the {@code avatar.worker.enabled} switch.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(WorkerApplication.class);
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                ProductionGuard.check(event.getEnvironment()::getProperty));
        application.run(args);
    }
}
