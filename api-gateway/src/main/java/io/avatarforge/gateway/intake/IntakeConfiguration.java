package io.avatarforge.gateway.intake;

import io.avatarforge.gateway.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The image intake and its URL fetcher, sharing one set of limits taken from {@code avatar.gateway.*}. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

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
}
