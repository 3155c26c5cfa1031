package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, and its refusals as problem+json (Spring Security picks both beans up). The firewall
 * stays strict about URLs and headers, but lets any method through: which methods a path takes is known to Spring
 * MVC, which answers an unknown one ({@code QUERY}, {@code FOO}) with 405 and the path's real {@code Allow}, where the
 * firewall could only refuse it with a 400. That is safe here because every handler maps explicit methods and no
 * authorization rule grants by method alone: a method no rule names falls to the path's own rule or to a handler
 * that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setUnsafeAllowAnyHttpMethod(true);
        return firewall;
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return (request, response, rejected) -> problems.write(response, ProblemCode.REQUEST_REJECTED,
                "The request's URL or headers hold characters or encodings this server refuses (such as an encoded "
                        + "%, /, \\, ; or ., a double slash, or a control character)");
    }
}
