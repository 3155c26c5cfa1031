package io.avatarforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's static pages as the gateway serves them when {@code avatar.gateway.console.enabled}: from the jar,
 * open without a key (the pages ask for one), with a strict Content-Security-Policy and no sniffing or framing. What
 * the pages do is {@code ConsoleBrowserTest}'s (standalone), in a real browser.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class, properties = "avatar.gateway.console.enabled=true")
class ConsoleHttpTest {

    @Autowired
    ApiClient api;

    @Test
    void theConsoleIsServedFromTheJarUnderAStrictContentSecurityPolicy() {
        HttpResponse<String> index = api.get("/console/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(index.body()).contains("<script type=\"module\" src=\"app.js\"></script>");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(index.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> script = api.get("/console/app.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(script.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(api.get("/console/vendor/json-schema/index.js").statusCode()).as("the vendored validator")
                .isEqualTo(200);
        assertThat(api.get("/console").statusCode()).as("redirected to /console/").isIn(301, 302);
    }

    @Test
    void noConsolePageLoadsAnythingFromAnotherOrigin() {
        for (String file : new String[] {"/console/", "/console/app.js", "/console/console.css"}) {
            assertThat(api.get(file).body()).as(file).doesNotContainPattern("(src|href)=\"(https?:)?//")
                    .doesNotContain("import('http", "from 'http", "url(http");
        }
    }
}
