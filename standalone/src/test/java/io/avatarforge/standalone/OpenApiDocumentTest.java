package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
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
    static Path dataDir;

    /** The served document, fetched once: starting the application is most of this class's time. */
    private static String served;

    @BeforeAll
    static void fetchTheServedDocument() throws Exception {
        served = served();
    }

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
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

    /**
     * The "a summary and an example per operation": every operation has a summary, an example of its request
     * body and of each success answer with a body (an image's bytes excepted), and every example — those of the
     * problem answers too — is valid against its schema by the validator the HTTP tests check exchanges with, unknown
     * properties refused as there. So an example cannot name a field the wire does not have.
     */
    @Test
    void everyOperationHasASummaryAndExamplesThatFitTheirSchemas() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI document = new OpenAPIV3Parser().readContents(served, null, options).getOpenAPI();
        SchemaValidator validator = new SchemaValidator(document, new MessageResolver(LevelResolver.create()
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR).build()));
        List<String> faults = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                faults.add(name + ": no summary");
            }
            if (operation.getRequestBody() != null) {
                checkExamples(name + " request", operation.getRequestBody().getContent(), true, validator, faults);
            }
            operation.getResponses().forEach((status, response) -> checkExamples(name + " " + status,
                    response.getContent(), status.startsWith("2"), validator, faults));
        }));
        document.getComponents().getResponses().forEach((name, response) -> checkExamples("response " + name,
                response.getContent(), true, validator, faults));
        assertThat(faults).as("operations without a summary or an example (examples live in api-gateway's "
                + "openapi/examples.json), or examples their schema refuses").isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private static void checkExamples(String where, @Nullable Content content, boolean required,
            SchemaValidator validator, List<String> faults) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            Schema schema = media.getSchema();
            boolean bytes = schema != null && "binary".equals(schema.getFormat());
            List<Object> examples = new ArrayList<>();
            if (media.getExample() != null) {
                examples.add(media.getExample());
            }
            if (media.getExamples() != null) {
                media.getExamples().values().forEach(example -> examples.add(example.getValue()));
            }
            if (examples.isEmpty() && required && !bytes) {
                faults.add(where + " " + type + ": no example");
            }
            for (Object example : schema == null ? List.of() : examples) {
                String json;
                try {
                    json = Json.mapper().writeValueAsString(example);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
                ValidationReport report = validator.validate(json, schema, "example");
                report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .forEach(m -> faults.add(where + " " + type + ": " + m.getMessage()));
            }
        });
    }

    private static String served() throws Exception {
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
