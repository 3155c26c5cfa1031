package io.avatarforge.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The check every ApiClient exchange goes through, against the committed api/openapi.json. */
class ApiContractTest {

    private static final String STYLES = "/api/v1/avatar/styles";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"No job\",\"instance\":\"/x\",\"code\":\"job_not_found\"}";

    @Test
    void aDocumentedAnswerPasses() {
        assertThatCode(() -> check("GET", STYLES, null,
                answer(200, "application/json", "{\"styles\":[{\"key\":\"a\",\"description\":\"b\"}],"
                        + "\"default_style\":\"a\"}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aResponseFieldTheDocumentDoesNotNameFailsTheTest() {
        assertThatThrownBy(() -> check("GET", STYLES, null, answer(200, "application/json",
                "{\"styles\":[],\"default_style\":\"a\",\"defaultStyle\":\"a\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("defaultStyle");
    }

    @Test
    void anUndocumentedStatusFailsTheTest() {
        assertThatThrownBy(() -> check("GET", STYLES, null, answer(418, "application/json", "{}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void aProblemCodeOfAnotherStatusFailsTheTest() {
        String wrongStatus = PROBLEM.replace("job_not_found", "rate_limited");
        assertThatCode(() -> check("GET", "/api/v1/avatar/status/abc", null,
                answer(404, "application/problem+json", PROBLEM))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check("GET", "/api/v1/avatar/status/abc", null,
                answer(404, "application/problem+json", wrongStatus)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("rate_limited");
    }

    @Test
    void anAcceptedRequestTheDocumentForbidsFailsUnlessTheTestSaysItIsInvalidOnPurpose() {
        String camelCase = "{\"prompt\":\"x\",\"image\":\"abc\",\"styleConfig\":\"pixel_art\"}";
        HttpResponse<String> accepted = answer(202, "application/json", "{\"status\":\"accepted\","
                + "\"job_id\":\"j\",\"estimated_completion_seconds\":1,\"status_url\":\"/s\"}");

        assertThatThrownBy(() -> check("POST", "/api/v1/avatar/generate", camelCase, accepted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("styleConfig");
        assertThatCode(() -> ApiContract.check(request("POST", "/api/v1/avatar/generate"), camelCase, false,
                accepted)).doesNotThrowAnyException();
    }

    private static void check(String method, String path, String body, HttpResponse<String> response) {
        ApiContract.check(request(method, path), body == null ? "" : body, true, response);
    }

    private static HttpRequest request(String method, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:1" + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    private static HttpResponse<String> answer(int status, String contentType, String body) {
        return new Answer(status, HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true),
                body);
    }

    private record Answer(int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            throw new UnsupportedOperationException();
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
        public URI uri() {
            return URI.create("http://localhost:1/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
