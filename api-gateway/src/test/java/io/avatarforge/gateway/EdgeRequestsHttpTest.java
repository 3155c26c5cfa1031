package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import io.avatarforge.testkit.TestImages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Requests at the edges of HTTP, sent over real sockets as a careless or hostile client sends them: each is refused
 * with problem+json, a stable code and a 4xx, and nothing about it is logged at ERROR.
 */
@AvatarIntegrationTest(classes = GatewayTestApplication.class,
        // So that the usage endpoint is reached without a key, as the report of its 500 did.
        properties = "avatar.gateway.security.allow-anonymous=true")
@ExtendWith(OutputCaptureExtension.class)
class EdgeRequestsHttpTest {

    @Autowired
    ApiClient api;

    @Autowired
    MeterRegistry meters;

    @Test
    void refusalsMadeBeforeSpringMvcAreCountedByTheirCodeLikeTheAdvicesOwn() throws IOException {
        double unauthenticated = refused("unauthenticated", 401);
        double rejected = refused("request_rejected", 400);
        double missing = refused("missing_field", 400);

        // Spring Security's entry point, in the filter chain: no controller and no advice ever sees this request.
        assertProblem(api.get("/api/v1/admin/api-keys"), 401, "unauthenticated");
        // The firewall, further out still.
        assertProblem(raw("GET", "/api/v1//avatar/styles"), 400, "request_rejected");
        // And one the advice writes, counted by the same owner.
        assertProblem(api.post("/api/v1/avatar/generate", Map.of("prompt", "a portrait")), 400, "missing_field");

        assertThat(refused("unauthenticated", 401)).isEqualTo(unauthenticated + 1);
        assertThat(refused("request_rejected", 400)).isEqualTo(rejected + 1);
        assertThat(refused("missing_field", 400)).isEqualTo(missing + 1);
    }

    private double refused(String code, int status) {
        Counter counter = meters.find("avatar.requests.refused").tag("code", code).tag("status", String.valueOf(status))
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health?=x", "/api/v1/avatar/usage?=x", "/api/v1/avatar/usage?from=2026-11-01&=2"})
    void aQueryParameterWithoutANameIsABadRequest(String path, CapturedOutput output) {
        HttpResponse<String> response = api.get(path);

        assertProblem(response, 400, "bad_request");
        assertNothingLoggedAtError(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUERY", "FOO"})
    void anUnknownMethodIsNotAllowedAndTheAnswerSaysWhichAre(String method, CapturedOutput output) {
        HttpResponse<String> response = api.send(method, "/api/v1/avatar/styles", null);

        assertProblem(response, 405, "method_not_allowed");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertNothingLoggedAtError(output);
    }

    @Test
    void traceIsRefusedByTomcatAsProblemJsonWithItsAllow(CapturedOutput output) throws IOException {
        HttpResponse<String> response = raw("TRACE", "/api/v1/avatar/styles");

        assertProblem(response, 405, "method_not_allowed");
        assertThat(response.headers().firstValue("Allow")).isPresent();
        assertThat(ApiClient.json(response).get("instance").asString()).isEqualTo("/api/v1/avatar/styles");
        assertNothingLoggedAtError(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/avatar/st%25yles", "/api/v1/avatar/styles;jsessionid=1", "/api/v1//avatar/styles",
        "/api/v1/avatar/%2e%2e/styles"})
    void aPathTheFirewallRefusesIsARejectedRequest(String path, CapturedOutput output) throws IOException {
        assertProblem(raw("GET", path), 400, "request_rejected");
        assertNothingLoggedAtError(output);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/avatar/%zz", "/api/v1/avatar/status/%", "/api/v1/avatar/a%2Fb",
        "/api/v1/avatar/%C3%28", "/api/v1/avatar/a%00b", "/api/v1/avatar/{x}"})
    void aPathTomcatCannotDecodeIsARejectedRequestToo(String path, CapturedOutput output) throws IOException {
        assertProblem(raw("GET", path), 400, "request_rejected");
        assertNothingLoggedAtError(output);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound(CapturedOutput output) {
        assertProblem(api.get("/error"), 404, "not_found");
        assertProblem(api.send("DELETE", "/error", null), 404, "not_found");
        assertNothingLoggedAtError(output);
    }

    @Test
    void withNoOriginConfiguredABrowserGetsNoCorsHeadersAndNoRefusal() {
        HttpResponse<String> preflight = api.send("OPTIONS", "/api/v1/avatar/generate", null,
                "Origin", "https://app.example.com", "Access-Control-Request-Method", "POST");
        HttpResponse<String> actual = api.get("/api/v1/avatar/styles", "Origin", "https://app.example.com");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated PNG", "PNG with a bad IHDR CRC", "truncated JPEG", "truncated WebP"})
    void aBrokenImageIsRefusedAtIntakeSyncAndAsync(String which, CapturedOutput output) {
        byte[] image = broken(which);

        for (boolean async : new boolean[] {false, true}) {
            assertProblem(api.post("/api/v1/avatar/generate", Map.of("prompt", "smiling", "async", async,
                    "image", Base64.getEncoder().encodeToString(image))), 400, "invalid_image");
        }
        assertNothingLoggedAtError(output);
    }

    @Test
    void aWholeImageOfEachFormatIsStillAccepted() {
        List<byte[]> images = List.of(TestImages.encode(TestImages.face(64, 64), "png"),
                TestImages.encode(TestImages.face(64, 64), "jpg"), TestImages.webpLossless());

        for (byte[] image : images) {
            HttpResponse<String> response = api.post("/api/v1/avatar/generate", Map.of("prompt", "smiling",
                    "async", true, "image", Base64.getEncoder().encodeToString(image)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        }
    }

    private static byte[] broken(String which) {
        byte[] png = TestImages.encode(TestImages.face(64, 64), "png");
        byte[] jpeg = TestImages.encode(TestImages.face(64, 64), "jpg");
        byte[] webp = TestImages.webpLossless();
        return switch (which) {
            case "truncated PNG" -> Arrays.copyOf(png, png.length - 12);
            case "PNG with a bad IHDR CRC" -> {
                byte[] flipped = png.clone();
                flipped[8 + 8 + 12] ^= 0x01;
                yield flipped;
            }
            case "truncated JPEG" -> Arrays.copyOf(jpeg, jpeg.length - 2);
            case "truncated WebP" -> Arrays.copyOf(webp, webp.length - 8);
            default -> throw new IllegalArgumentException(which);
        };
    }

    @Test
    void theErrorPageIsNoOperationOfTheApiDocument() {
        assertThat(ApiClient.json(api.get("/v3/api-docs")).get("paths").has("/error")).isFalse();
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(api.get("/api/v1/avatar/nothing-here"), 404, "not_found");
    }

    private static void assertNothingLoggedAtError(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.apache");
    }

    /**
     * Sends {@code method} and {@code target} as they are over a socket: java.net.http refuses to send malformed
     * targets and {@code TRACE}. Reads the whole answer ({@code Connection: close}); handles a chunked body.
     */
    private HttpResponse<String> raw(String method, String target) throws IOException {
        URI base = URI.create(api.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String[] head = answer.substring(0, split).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim(), List.of(head[i].substring(colon + 1).trim()));
            }
            String body = answer.substring(split + 4);
            if (headers.getOrDefault("Transfer-Encoding", List.of("")).getFirst().toLowerCase(Locale.ROOT)
                    .contains("chunked")) {
                body = dechunk(body);
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]),
                    HttpHeaders.of(headers, (name, value) -> true), body, base.resolve(target.replace("%", "%25")
                            .replace("{", "%7B").replace("}", "%7D")));
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private record RawResponse(int statusCode, HttpHeaders headers, String body, URI uri)
            implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
