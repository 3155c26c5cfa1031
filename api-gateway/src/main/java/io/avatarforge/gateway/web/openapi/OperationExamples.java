package io.avatarforge.gateway.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * An example for every operation's request body and success answers, from {@value #RESOURCE}: keyed by operationId,
 * {@code request} (the body) and {@code responses} (by status), one example per operation whatever its media types.
 * An example written on the controller ({@code @ExampleObject}) is kept: the file only fills what the code leaves out.
 * {@code OpenApiDocumentTest} validates every example against its schema, so an example cannot drift from the wire.
 */
class OperationExamples implements OpenApiCustomizer {

    static final String RESOURCE = "/openapi/examples.json";

    private final JsonNode examples;

    OperationExamples() {
        try (InputStream in = OperationExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath");
            }
            // swagger-core's own (Jackson 2) mapper: it serializes the document, so the examples stay as written.
            examples = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(this::fill));
    }

    private void fill(Operation operation) {
        JsonNode examplesOfOperation = operation.getOperationId() == null ? null
                : examples.get(operation.getOperationId());
        if (examplesOfOperation == null) {
            return;
        }
        if (operation.getRequestBody() != null) {
            fill(operation.getRequestBody().getContent(), examplesOfOperation.get("request"));
        }
        JsonNode responses = examplesOfOperation.get("responses");
        if (operation.getResponses() != null && responses != null) {
            operation.getResponses().forEach((status, response) -> fill(response.getContent(), responses.get(status)));
        }
    }

    private static void fill(@Nullable Content content, @Nullable JsonNode example) {
        if (content == null || example == null) {
            return;
        }
        for (MediaType media : content.values()) {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                // A text answer (an event stream) is its text, not a JSON string literal.
                media.setExample(example.isTextual() ? example.asText() : example);
            }
        }
    }
}
