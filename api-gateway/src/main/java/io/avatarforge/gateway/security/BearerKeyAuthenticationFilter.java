package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.DatabaseOutages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <secret>} and authenticates it. No header means an anonymous caller (the
 * authorization rules decide); a presented credential that is not valid is refused with 401 on every path, so a
 * client never silently runs as anonymous with a broken key. Other schemes are ignored.
 */
final class BearerKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AuthenticationManager authentication;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityProblems.Unavailable unavailable;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerKeyAuthenticationFilter(AuthenticationManager authentication, AuthenticationEntryPoint entryPoint,
            SecurityProblems.Unavailable unavailable) {
        this.authentication = authentication;
        this.entryPoint = entryPoint;
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            Authentication result = authentication.authenticate(
                    ApiKeyAuthentication.unauthenticated(header.substring(BEARER.length()).strip()));
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(result);
            contexts.setContext(context);
        } catch (AuthenticationException e) {
            contexts.clearContext();
            entryPoint.commence(request, response, e);
            return;
        } catch (RuntimeException e) {
            // The key could not be looked up (and was not verified recently enough to be remembered): 503, not 401.
            if (!DatabaseOutages.causedBy(e)) {
                throw e;
            }
            contexts.clearContext();
            unavailable.send(request, response,
                    DatabaseOutages.refusal(e, request.getMethod() + " " + request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }
}
