package io.avatarforge.platform;

import com.google.auth.ServiceAccountSigner;
import com.google.cloud.storage.Storage;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigChangeListener;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.platform.config.ConfigSynchronizer;
import io.avatarforge.platform.config.ConfigValidator;
import io.avatarforge.platform.config.ConfigVersionStore;
import io.avatarforge.platform.storage.LocalDiskImageStore;
import io.avatarforge.platform.storage.firebase.FirebaseStorageClients;
import io.avatarforge.platform.storage.firebase.FirebaseStorageProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What every process runs whichever roles it has: the clock, the configuration (loaded, validated, versioned in the
 * database and kept current), the image store, the job-row transitions, the outbox and its relay. The gateway's and the
 * worker's auto-configurations come after this one and only add their role.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties({PlatformProperties.class, FirebaseStorageProperties.class})
// TypeExcludeFilter lets test contexts keep their own @TestConfiguration classes out of this scan.
@ComponentScan(basePackageClasses = PlatformAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableScheduling
public class PlatformAutoConfiguration {

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
            PlatformProperties properties, Clock clock) {
        return ConfigSynchronizer.start(store, loader, validator, properties.configPath(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    AvatarConfigHolder avatarConfigHolder(ConfigSynchronizer synchronizer) {
        return synchronizer.holder();
    }

    /** One per process, whichever roles it runs. */
    @Bean
    ConfigChangeListener configChangeListener(ConfigSynchronizer synchronizer, TaskScheduler scheduler,
            PlatformProperties properties) {
        return new ConfigChangeListener(synchronizer, scheduler, properties.config().pollInterval());
    }

    /**
     * The bucket when {@code avatar.storage.firebase.bucket} ({@code FIREBASE_STORAGE_BUCKET}) is set, else the local
     * disk. A {@link Storage} or {@link ServiceAccountSigner} bean (a test's in-memory fake and key) replaces the one
     * firebase-admin would build from the Application Default Credentials.
     */
    @Bean
    @ConditionalOnMissingBean
    ImageStore imageStore(PlatformProperties properties, FirebaseStorageProperties firebase,
            ObjectProvider<Storage> storage, ObjectProvider<ServiceAccountSigner> signer) {
        if (firebase.enabled()) {
            return FirebaseStorageClients.store(firebase, storage.getIfAvailable(), signer.getIfAvailable());
        }
        return new LocalDiskImageStore(properties.imageRoot());
    }
}
