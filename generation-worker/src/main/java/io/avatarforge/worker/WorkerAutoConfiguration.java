package io.avatarforge.worker;

import io.avatarforge.platform.PlatformAutoConfiguration;
import io.avatarforge.platform.image.ImagePreparation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The worker role: consumes generation requests, runs providers, stores results. Switched off with
 * {@code avatar.worker.enabled=false} (a gateway-only process).
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "avatar.worker.enabled", matchIfMissing = true)
@EnableConfigurationProperties(WorkerProperties.class)
// TypeExcludeFilter lets test contexts keep their own @TestConfiguration classes out of this scan.
@ComponentScan(basePackageClasses = WorkerAutoConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@EnableScheduling
public class WorkerAutoConfiguration {

    /** What providers get: the upload decoded, upright and no longer than {@code avatar.worker.max-image-side}. */
    @Bean
    @ConditionalOnMissingBean
    ImagePreparation imagePreparation(WorkerProperties properties) {
        return new ImagePreparation(properties.maxImageBytes(), properties.maxImagePixels(), properties.maxImageSide());
    }

}
