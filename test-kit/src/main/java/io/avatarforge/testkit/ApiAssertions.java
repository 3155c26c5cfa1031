package io.avatarforge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Assertions on what the API answers, shared by the tests that call it over HTTP. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /**
     * {@code response} is an RFC 9457 problem with {@code status} and the stable {@code code} clients branch on, and a
     * detail for people. The body is the assertion's description, so a wrong status shows what came instead.
     */
    public static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("detail").asString()).isNotBlank();
    }
}
