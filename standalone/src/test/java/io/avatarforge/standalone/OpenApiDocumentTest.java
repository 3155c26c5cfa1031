package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API document ({@code api/openapi.json}, which every HTTP test's exchanges are checked against and
 * clients are generated from) is exactly the one the application serves, so the two cannot drift apart. With
 * {@code -Dopenapi.write=true} the test rewrites the committed copy instead (see {@link #REGENERATE}).
 */
class OpenApiDocumentTest {

    static final String REGENERATE = "./mvnw -B verify -pl standalone -am -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true";

    @TempDir
    Path dataDir;

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        String served = served();
        Path committed = committedDocument();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(committed, served, StandardCharsets.UTF_8);
            System.getLogger(OpenApiDocumentTest.class.getName()).log(System.Logger.Level.INFO,
                    "Wrote the served API document to " + committed);
            return;
        }
        assertThat(committed).as("the committed API document; make it with: " + REGENERATE).isRegularFile();
        String stored = Files.readString(committed, StandardCharsets.UTF_8);
        if (!stored.equals(served)) {
            fail("api/openapi.json differs from the document the application serves at /v3/api-docs. If the "
                    + "server's change is intended, regenerate it and commit the result:\n  " + REGENERATE
                    + "\nFirst difference:\n" + firstDifference(stored, served));
        }
    }

    private String served() throws Exception {
        try (ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> docs = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
            return canonical(docs.body());
        }
    }

    /**
     * Every object's keys sorted, pretty-printed, one final newline: the served text's own order depends on which
     * serializers swagger-core's shared mapper built before springdoc configured sorting, so it is not compared as is.
     */
    static String canonical(String json) {
        JsonMapper sorted = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT).build();
        return sorted.writeValueAsString(sorted.readValue(json, Object.class)).strip() + "\n";
    }

    /** {@code api/openapi.json} at the repository's root: tests run in the module's folder. */
    private static Path committedDocument() {
        return Path.of("").toAbsolutePath().getParent().resolve("api").resolve("openapi.json");
    }

    private static String firstDifference(String stored, String served) {
        List<String> a = stored.lines().toList();
        List<String> b = served.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String was = i < a.size() ? a.get(i) : "(end)";
            String is = i < b.size() ? b.get(i) : "(end)";
            if (!was.equals(is)) {
                return "  line " + (i + 1) + "\n  committed: " + was + "\n  served:    " + is;
            }
        }
        return "  (line endings only)";
    }
}
