package io.avatarforge.worker;

import io.avatarforge.model.config.AvatarConfigHolder;
import io.avatarforge.model.config.ConfigLoader;
import io.avatarforge.model.config.ConfigSynchronizer;
import io.avatarforge.model.config.ConfigValidator;
import io.avatarforge.model.config.ConfigVersionStore;
import io.avatarforge.model.image.ImagePreparation;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.model.storage.LocalDiskImageStore;
import io.avatarforge.worker.config.WorkerConfigChangeListener;
import io.avatarforge.worker.provider.resilience.ResilienceProperties;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
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
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The worker role: consumes generation requests, runs providers, stores results. Switched off with
 * {@code avatar.worker.enabled=false} (a gateway-only process).
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "io.avatarforge.gateway.GatewayAutoConfiguration"})
@ConditionalOnBooleanProperty(name = "avatar.worker.enabled", matchIfMissing = true)
@EnableConfigurationProperties({WorkerProperties.class, ResilienceProperties.class})
// TypeExcludeFilter lets test contexts keep their own @TestConfiguration classes out of this scan.
@ComponentScan(basePackageClasses = WorkerAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableScheduling
public class WorkerAutoConfiguration {

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

    /** In the standalone process the gateway's listener already keeps the shared holder current. */
    @Bean
    @ConditionalOnMissingBean(type = "io.avatarforge.gateway.config.ConfigChangeListener")
    WorkerConfigChangeListener workerConfigChangeListener(ConfigSynchronizer synchronizer) {
        return new WorkerConfigChangeListener(synchronizer);
    }

    /** What providers get: the upload decoded, upright and no longer than {@code avatar.worker.max-image-side}. */
    @Bean
    @ConditionalOnMissingBean
    ImagePreparation imagePreparation(@Value("${avatar.worker.max-image-bytes:20971520}") long maxBytes,
            @Value("${avatar.worker.max-image-pixels:40000000}") long maxPixels,
            @Value("${avatar.worker.max-image-side:1536}") int maxSide) {
        return new ImagePreparation(maxBytes, maxPixels, maxSide);
    }

    @Bean
    @ConditionalOnMissingBean
    ImageStore imageStore(@Value("${avatar.storage.local-root:${avatar.data-dir:./data}/images}") String root) {
        return new LocalDiskImageStore(Path.of(root));
    }
}
