package io.avatarforge.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * An {@link AvatarServerTest} with a Kafka broker of its own, as the gateway and standalone tests run: two partitions,
 * the generation topics created up front, and {@code spring.kafka.bootstrap-servers} pointing at it
 * ({@link TestInfrastructure#kafkaBootstrapServers()} for a test's own clients). The broker is a Testcontainers Kafka
 * when a Docker engine answers and an in-process {@code EmbeddedKafkaKraftBroker} (also a bean) otherwise
 * ({@link TestServices} chooses). Needs {@code spring-kafka-test} on the test class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AvatarServerTest
public @interface AvatarIntegrationTest {

    @AliasFor(annotation = AvatarServerTest.class)
    Class<?>[] classes() default {};

    @AliasFor(annotation = AvatarServerTest.class)
    String[] properties() default {};

    /** The topics the broker creates up front; a test that listens to more (config changes) names them all. */
    String[] topics() default {"avatar.generation.requested", "avatar.generation.completed"};
}
