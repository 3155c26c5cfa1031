package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.webhook.secrets.WebhookSecrets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The webhook settings, and the signing secrets built from them (key administration issues secrets too). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    WebhookSecrets webhookSecrets(JdbcClient jdbc, Clock clock, WebhookProperties properties) {
        if (properties.allowPrivateTargets()) {
            LOG.warn("WEBHOOKS MAY BE SENT OVER HTTP AND TO THIS MACHINE OR PRIVATE NETWORKS "
                    + "(avatar.webhooks.allow-private-targets=true): development only, never in production");
        }
        return new WebhookSecrets(jdbc, clock, properties.rotationGrace(), properties.serviceSecret());
    }
}
