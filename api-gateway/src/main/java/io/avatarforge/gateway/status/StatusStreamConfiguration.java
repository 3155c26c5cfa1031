package io.avatarforge.gateway.status;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the status streams' settings; everything else of this package is a scanned component. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusStreamProperties.class)
class StatusStreamConfiguration {
}
