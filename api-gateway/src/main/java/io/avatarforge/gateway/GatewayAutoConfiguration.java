package io.avatarforge.gateway;

import io.avatarforge.gateway.intake.ImageIntake;
import io.avatarforge.gateway.intake.ImageIntakeLimits;
import io.avatarforge.gateway.intake.RemoteImageFetcher;
import io.avatarforge.model.config.AvatarConfigHolder;
import io.avatarforge.model.config.ConfigLoader;
import io.avatarforge.model.config.ConfigSynchronizer;
import io.avatarforge.model.config.ConfigValidator;
import io.avatarforge.model.config.ConfigVersionStore;
import io.avatarforge.model.event.Topics;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.model.storage.LocalDiskImageStore;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The gateway role: REST intake, status, images, styles, the outbox relay and the sweeper. Switched off with
 * {@code avatar.gateway.enabled=false} (a worker-only process).
 */
// Before Boot's security defaults, so they see this role's filter chain and key provider and back off.
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration", beforeName = {
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
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Environment overrides and {@code ${VAR}} come from the Spring environment, which includes the process's. */
    @Bean
    @ConditionalOnMissingBean
    ConfigLoader configLoader(Environment environment) {
        return new ConfigLoader(environment::getProperty);
    }

    @Bean
    @ConditionalOnMissingBean
    ConfigValidator configValidator(ConfigLoader loader) {
        return new ConfigValidator(loader);
    }

    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    ConfigVersionStore configVersionStore(DataSource dataSource) {
        return new ConfigVersionStore(dataSource);
    }

    /** Installs the newest stored configuration version, seeding it from defaults and the file on first start. */
    @Bean
    @ConditionalOnMissingBean
    @DependsOnDatabaseInitialization
    ConfigSynchronizer configSynchronizer(ConfigVersionStore store, ConfigLoader loader, ConfigValidator validator,
            @Value("${avatar.config-path:" + ConfigLoader.DEFAULT_PATH + "}") String configPath, Clock clock) {
        return ConfigSynchronizer.start(store, loader, validator, Path.of(configPath), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AvatarConfigHolder avatarConfigHolder(ConfigSynchronizer synchronizer) {
        return synchronizer.holder();
    }

    @Bean
    @ConditionalOnMissingBean
    ImageStore imageStore(@Value("${avatar.storage.local-root:${avatar.data-dir:./data}/images}") String root) {
        return new LocalDiskImageStore(Path.of(root));
    }

    @Bean
    RemoteImageFetcher remoteImageFetcher(GatewayProperties properties) {
        return new RemoteImageFetcher(imageIntakeLimits(properties));
    }

    @Bean
    ImageIntake imageIntake(GatewayProperties properties, RemoteImageFetcher remoteImageFetcher) {
        return new ImageIntake(imageIntakeLimits(properties), remoteImageFetcher);
    }

    private static ImageIntakeLimits imageIntakeLimits(GatewayProperties properties) {
        return new ImageIntakeLimits(
                properties.maxImageSize().toBytes(),
                properties.maxImagePixels(),
                properties.imageFetchConnectTimeout(),
                properties.imageFetchReadTimeout(),
                3);
    }

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
}
