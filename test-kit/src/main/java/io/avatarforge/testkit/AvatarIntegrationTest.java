package io.avatarforge.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * An {@link AvatarServerTest} with an embedded Kafka broker of its own, as the gateway and standalone tests run: two
 * partitions, the generation topics created up front, and {@code spring.kafka.bootstrap-servers} pointing at it. Needs
 * {@code spring-kafka-test} on the test class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AvatarServerTest
@EmbeddedKafka(partitions = 2, topics = {"avatar.generation.requested", "avatar.generation.completed"})
public @interface AvatarIntegrationTest {

    @AliasFor(annotation = AvatarServerTest.class)
    Class<?>[] classes() default {};

    @AliasFor(annotation = AvatarServerTest.class)
    String[] properties() default {};

    /** The topics the broker creates up front; a test that listens to more (config changes) names them all. */
    @AliasFor(annotation = EmbeddedKafka.class)
    String[] topics() default {"avatar.generation.requested", "avatar.generation.completed"};
}
