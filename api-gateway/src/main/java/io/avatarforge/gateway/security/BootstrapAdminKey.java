package io.avatarforge.gateway.security;

import io.avatarforge.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * At start-up, installs {@code AVATAR_BOOTSTRAP_ADMIN_KEY} as the bootstrap admin key. Without it the gateway still
 * starts (admin endpoints answer 401 until someone has a key); the standalone jar generates one for development.
 */
@Component
@DependsOnDatabaseInitialization
class BootstrapAdminKey implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final ApiKeys keys;
    private final GatewayProperties properties;

    BootstrapAdminKey(ApiKeys keys, GatewayProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String secret = properties.security().bootstrapAdminKey();
        if (secret == null || secret.isBlank()) {
            LOG.info("No AVATAR_BOOTSTRAP_ADMIN_KEY set; admin endpoints accept only keys already in the database");
            return;
        }
        keys.installBootstrapKey(secret);
        LOG.info("Bootstrap admin key installed (id {})", ApiKeys.BOOTSTRAP_ID);
    }
}
