package io.avatarforge.gateway.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of a process that has the gateway on its class path with the role switched off (a worker-only process
 * started from the standalone jar). Without it Spring Boot's defaults apply: a generated user whose password is
 * written to the log, and a locked actuator that readiness probes cannot reach. Instead it matches the production
 * worker jar, which has no Spring Security at all: the actuator is open, nothing else is served, and no credential
 * exists.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnClass(AuthenticationManager.class)
@ConditionalOnBooleanProperty(name = "avatar.gateway.enabled", havingValue = false)
public class GatewayOffSecurityAutoConfiguration {

    /** Its presence is what keeps Boot from generating a user (and logging its password). */
    @Bean
    AuthenticationManager noCredentialsAccepted() {
        return authentication -> {
            throw new BadCredentialsException("This process does not play the gateway role and accepts no credentials");
        };
    }

    /*
     * A bean method, not a nested configuration class: the gateway's component scan covers this package, and a nested
     * class found by the scan would be registered without this class's conditions (a test caught exactly that).
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain workerOnlyFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**").permitAll()
                        .anyRequest().denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
