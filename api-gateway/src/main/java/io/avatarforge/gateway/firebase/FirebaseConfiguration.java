package io.avatarforge.gateway.firebase;

import io.avatarforge.gateway.GatewayProperties;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Firebase ID tokens are accepted only when a project is configured ({@code FIREBASE_PROJECT_ID}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${avatar.gateway.security.firebase-project-id:}'.isBlank()")
class FirebaseConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FirebaseIdTokenVerifier firebaseIdTokenVerifier(GatewayProperties properties) {
        return FirebaseIdTokenVerifier.forProject(Objects.requireNonNull(properties.security().firebaseProjectId()),
                null, properties.security().firebaseAuthEmulatorHost());
    }
}
