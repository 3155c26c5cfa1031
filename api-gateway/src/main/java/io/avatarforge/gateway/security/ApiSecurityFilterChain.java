package io.avatarforge.gateway.security;

import io.avatarforge.gateway.GatewayProperties;
import io.avatarforge.gateway.cors.ProblemCorsProcessor;
import io.avatarforge.gateway.firebase.FirebaseIdTokenVerifier;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import io.avatarforge.gateway.web.ProblemResponses;

/**
 * Stateless bearer-key security. Configuration and key administration need the {@code admin} scope (reading the
 * configuration's public view does not); everything else (status, images, styles, health, API docs) is open;
 * generating needs the {@code generate} scope (an API key or a Firebase ID token) unless anonymous callers are
 * allowed, which only the standalone development mode does. No sessions and no cookies, so CSRF protection has nothing
 * to protect and is off. CORS ({@code cors} package) is applied first, so that a preflight needs no credential.
 *
 * <p>It is a component rather than a {@code @Bean} method because Boot's default security chains check for a
 * {@link SecurityFilterChain} while configuration classes are still being parsed, before any {@code @Bean} method of
 * this role is registered; a scanned component of that type is already visible then, so the defaults back off.
 */
@Component
class ApiSecurityFilterChain implements SecurityFilterChain {

    private static final Logger LOG = LoggerFactory.getLogger(ApiSecurityFilterChain.class);

    private final SecurityFilterChain chain;

    ApiSecurityFilterChain(HttpSecurity http, ApiKeyAuthenticationProvider keys, ProblemResponses problems,
            GatewayProperties properties, ObjectProvider<FirebaseIdTokenVerifier> firebase,
            List<ForeignRefusals> foreign, CorsConfigurationSource corsConfigurationSource) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        firebase.ifAvailable(verifier -> providers.add(new FirebaseAuthenticationProvider(verifier)));
        providers.add(keys);
        boolean allowAnonymous = properties.security().allowAnonymous();
        if (allowAnonymous) {
            LOG.warn("ANONYMOUS CALLERS MAY GENERATE (avatar.gateway.security.allow-anonymous=true): development only, "
                    + "never in production");
        }
        // By its bean name: Spring MVC's handler mapping introspector is a CorsConfigurationSource as well.
        this.chain = build(http, new ProviderManager(providers), problems, foreign, allowAnonymous, corsConfigurationSource);
        // cors() builds its CorsFilter without a hook for the processor; its refusals must be problem+json too.
        chain.getFilters().stream().filter(CorsFilter.class::isInstance).map(CorsFilter.class::cast)
                .forEach(filter -> filter.setCorsProcessor(new ProblemCorsProcessor(problems)));
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return chain.matches(request);
    }

    @Override
    public List<Filter> getFilters() {
        return chain.getFilters();
    }

    private static SecurityFilterChain build(HttpSecurity http, AuthenticationManager authentication,
            ProblemResponses problems,
            List<ForeignRefusals> foreign, boolean allowAnonymous, CorsConfigurationSource cors) {
        AuthenticationEntryPoint entryPoint = SecurityProblems.unauthenticated(problems, foreign);
        String admin = ApiKeyScopes.authority(ApiKeyScopes.ADMIN);
        String generate = ApiKeyScopes.authority(ApiKeyScopes.GENERATE);
        // CORS first in the chain: a preflight is answered before any credential is looked for.
        http.cors(c -> c.configurationSource(cors))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerKeyAuthenticationFilter(authentication, entryPoint,
                        SecurityProblems.unavailable(problems, foreign)),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(SecurityProblems.forbidden(problems, foreign)))
                .authorizeHttpRequests(requests -> requests
                        // A sync generate finishes on an async dispatch, after its REQUEST dispatch was authorized;
                        // the bearer filter does not run again there, so it must not be judged a second time.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/avatar/config/schema").permitAll()
                        // The public view for anyone, the full one for admins: the controller decides which.
                        .requestMatchers(HttpMethod.GET, "/api/v1/avatar/config").permitAll()
                        .requestMatchers("/api/v1/avatar/config", "/api/v1/avatar/config/**").hasAuthority(admin)
                        .requestMatchers("/api/v1/admin/**").hasAuthority(admin)
                        // A retry submits a new job, so it needs what generating needs.
                        .requestMatchers(HttpMethod.POST, "/api/v1/avatar/generate", "/v1/images/edits",
                                "/api/v1/avatar/jobs/*/retry")
                        .access(allowAnonymous
                                ? (auth, context) -> new AuthorizationDecision(true)
                                : AuthorityAuthorizationManager.hasAuthority(generate))
                        // Who may see which job is decided per job (its owner or an admin); here only who is asking.
                        .requestMatchers("/api/v1/avatar/status/**", "/api/v1/avatar/jobs/**", "/api/v1/avatar/usage",
                                "/api/v1/avatar/users/**")
                        .access(allowAnonymous
                                ? (auth, context) -> new AuthorizationDecision(true)
                                : AuthenticatedAuthorizationManager.authenticated())
                        .anyRequest().permitAll());
        return http.build();
    }
}
