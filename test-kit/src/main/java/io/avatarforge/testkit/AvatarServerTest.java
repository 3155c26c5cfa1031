package io.avatarforge.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The application on a random port, on infrastructure of its own: a fresh PostgreSQL schema (Flyway builds it), a
 * fresh temporary data directory, and the configuration file of {@link TestConfigFile} (absent without one). The
 * context also holds an {@link ApiClient} for its port and the {@link TestInfrastructure} it runs on, for a second
 * instance a test starts itself. Without a message broker: {@link AvatarIntegrationTest} adds the embedded one most
 * tests use.
 *
 * <p>Every test class gets a context and schema of its own, as each had with its own {@code @DynamicPropertySource}:
 * tests count rows, and a class must not see another's. Properties that every test class set the same way (the
 * image-signing key, two partitions per topic, PostgreSQL's {@code jsonb}) are defaults below {@link #properties}, so a
 * class can still override them.
 *
 * <p>When PostgreSQL cannot be reached, the class fails under CI=true and is skipped, loudly, otherwise
 * ({@link AvatarTestEnvironment}), before Spring tries to start anything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AvatarTestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextCustomizerFactories(AvatarEnvironmentCustomizerFactory.class)
public @interface AvatarServerTest {

    /** The application's configuration classes, as {@link SpringBootTest#classes}. */
    @AliasFor(annotation = SpringBootTest.class)
    Class<?>[] classes() default {};

    /** This class's own properties, as {@link SpringBootTest#properties}. */
    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};
}
