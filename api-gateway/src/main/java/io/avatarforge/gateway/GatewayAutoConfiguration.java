package io.avatarforge.gateway;

import io.avatarforge.model.event.Topics;
import io.avatarforge.platform.PlatformAutoConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The gateway role: REST intake, status, images, styles, administration and the sweeper (the shared beans, the
 * outbox and its relay come from {@link PlatformAutoConfiguration}). Switched off with
 * {@code avatar.gateway.enabled=false} (a worker-only process).
 */
// Before Boot's security defaults, so they see this role's filter chain and key provider and back off.
@AutoConfiguration(after = PlatformAutoConfiguration.class, beforeName = {
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnBooleanProperty(name = "avatar.gateway.enabled", matchIfMissing = true)
@EnableConfigurationProperties(GatewayProperties.class)
// TypeExcludeFilter lets test contexts keep their own @TestConfiguration classes out of this scan.
@ComponentScan(basePackageClasses = GatewayAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableScheduling
public class GatewayAutoConfiguration {

    @Bean
    NewTopic generationRequestedTopic(GatewayProperties properties) {
        return TopicBuilder.name(Topics.GENERATION_REQUESTED)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }

    /** One partition: changes are rare and must be seen in order. */
    @Bean
    NewTopic configChangedTopic(GatewayProperties properties) {
        return TopicBuilder.name(Topics.CONFIG_CHANGED).partitions(1).replicas(properties.topicReplicas()).build();
    }

    @Bean
    NewTopic generationCompletedTopic(GatewayProperties properties) {
        return TopicBuilder.name(Topics.GENERATION_COMPLETED)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }

    /** Where workers put generation requests they cannot read or process (the job itself is swept as usual). */
    @Bean
    NewTopic generationRequestedDeadLetterTopic(GatewayProperties properties) {
        return TopicBuilder.name(Topics.GENERATION_REQUESTED_DLT)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }
}
