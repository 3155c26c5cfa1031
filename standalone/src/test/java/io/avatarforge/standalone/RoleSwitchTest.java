package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.worker.dispatch.GenerationExecutor;
import io.avatarforge.worker.pipeline.GenerationPipeline;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * {@code avatar.gateway.enabled} and {@code avatar.worker.enabled} decide which roles a process plays, so one jar can
 * run as gateway only, worker only, or both (standalone).
 */
@ExtendWith(OutputCaptureExtension.class)
class RoleSwitchTest {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AnyProcess {
    }

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(AnyProcess.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:roles-" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                    "spring.flyway.placeholders.json_type=varchar(1000000)",
                    // No broker is needed to see which beans exist; nothing may try to reach one.
                    "spring.kafka.bootstrap-servers=127.0.0.1:9",
                    "spring.kafka.listener.auto-startup=false",
                    "spring.kafka.admin.auto-create=false",
                    "avatar.gateway.image-signing-key=role-switch-test-key-0123456789abcdef",
                    "avatar.data-dir=" + tempDir());

    @Test
    void byDefaultAProcessPlaysBothRoles() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(OutboxWriter.class).hasSingleBean(GatewayJobRepository.class);
            assertThat(context).hasSingleBean(GenerationPipeline.class).hasSingleBean(GenerationExecutor.class);
        });
    }

    @Test
    void aWorkerOnlyProcessHasNoGateway() {
        runner.withPropertyValues("avatar.gateway.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(GatewayJobRepository.class);
            assertThat(context).hasSingleBean(GenerationPipeline.class);
        });
    }

    @Test
    void aWorkerOnlyProcessHasNoGeneratedUserAndAnOpenActuatorOnly(CapturedOutput output) {
        runner.withPropertyValues("avatar.gateway.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(UserDetailsService.class);
            assertThat(context).getBean("workerOnlyFilterChain").isInstanceOf(SecurityFilterChain.class);
            SecurityFilterChain chain = context.getBean("workerOnlyFilterChain", SecurityFilterChain.class);
            assertThat(chain.matches(new MockHttpServletRequest("GET", "/actuator/health"))).isTrue();
        });
        assertThat(output.getAll()).doesNotContain("generated security password");
    }

    @Test
    void aProcessWithTheGatewayUsesTheGatewaysSecurityOnly() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean("workerOnlyFilterChain").doesNotHaveBean(UserDetailsService.class);
        });
    }

    @Test
    void aGatewayOnlyProcessHasNoWorker() {
        runner.withPropertyValues("avatar.worker.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(OutboxWriter.class);
            assertThat(context).doesNotHaveBean(GenerationPipeline.class).doesNotHaveBean(GenerationExecutor.class);
        });
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("avatar-roles").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
