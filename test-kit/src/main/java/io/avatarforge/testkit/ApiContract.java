package io.avatarforge.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The committed API document ({@code api/openapi.json}) as a check of every exchange {@link ApiClient} makes, with
 * Atlassian's request validator: an undocumented status, a response field or a value the document does not allow, or
 * an accepted request the document does not describe fails the test that made it.
 *
 * <p>A request is checked only when the server accepted it (2xx): a refused request the document also forbids is the
 * two agreeing, and refusal tests send invalid requests on purpose. Security requirements are not checked: the
 * document describes production, where every protected operation needs a caller, while test servers may allow
 * anonymous callers as the standalone development mode does. Paths the document does not have (actuator, the document
 * itself, Swagger UI) are not checked.
 */
final class ApiContract {

    /** The one command that rewrites the committed document from the served one. */
    static final String REGENERATE = "./mvnw -B verify -pl standalone -am -Dtest=OpenApiDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true";

    private static final Set<String> NOT_CHECKED = Set.of(
            "validation.request.security.missing", "validation.request.security.invalid");

    private static volatile @Nullable OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    /** {@code api/openapi.json} of the repository the tests run in, found by walking up from the working directory. */
    static Path document() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("api").resolve("openapi.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No api/openapi.json above " + Path.of("").toAbsolutePath()
                + "; generate it with: " + REGENERATE);
    }

    /**
     * Fails with the validator's messages when the exchange contradicts the document. {@code requestBody} is the text
     * sent, null when unknown (then the request is not checked); {@code checkRequest} false skips the request.
     */
    private static final java.util.Set<String> OPERATION_METHODS =
            java.util.Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD");

    static void check(HttpRequest request, @Nullable String requestBody, boolean checkRequest,
            HttpResponse<?> response) {
        // A CORS preflight (OPTIONS) is answered by the CORS layer before any operation is chosen, and a method
        // OpenAPI has no name for (QUERY, FOO) cannot be described at all: neither belongs in the document.
        if (!OPERATION_METHODS.contains(request.method())) {
            return;
        }
        URI uri = request.uri();
        boolean accepted = response.statusCode() / 100 == 2;
        Request documented = request(request, requestBody);
        ValidationReport report = validator().validateResponse(uri.getPath(), documented.getMethod(),
                response(response));
        if (checkRequest && accepted && requestBody != null) {
            report = report.merge(validator().validateRequest(documented));
        }
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !NOT_CHECKED.contains(m.getKey()))
                .filter(m -> !(m.getKey().equals("validation.response.body.missing") && !hasTextBody(response)))
                .toList();
        if (errors.stream().anyMatch(m -> m.getKey().equals("validation.request.path.missing"))
                || response.statusCode() == 405) {
            return;
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(request.method() + " " + uri.getPath() + " → " + response.statusCode()
                    + " contradicts api/openapi.json:\n" + errors.stream()
                            .map(m -> "  - [" + m.getKey() + "] " + m.getMessage()
                                    + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()))
                            .collect(Collectors.joining("\n"))
                    + "\nResponse body: " + excerpt(response)
                    + "\nFix the server or the document; if the server is right, regenerate the document: "
                    + REGENERATE
                    + "\nA test that sends an accepted request the document forbids on purpose uses "
                    + "ApiClient.sendingInvalidRequests().");
        }
    }

    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (ApiContract.class) {
                current = validator;
                if (current == null) {
                    current = load();
                    validator = current;
                }
            }
        }
        return current;
    }

    private static OpenApiInteractionValidator load() {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(document()))
                    // A response field the document does not name fails too (the validator injects
                    // additionalProperties: false into every object schema).
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Request request(HttpRequest request, @Nullable String body) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), uri.getPath());
        request.headers().map().forEach(builder::withHeader);
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                builder.withQueryParam(name, value);
            }
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(HttpResponse<?> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(builder::withHeader);
        if (response.body() instanceof String text && !text.isEmpty()) {
            builder.withBody(text);
        } else if (response.body() instanceof byte[] bytes && bytes.length > 0) {
            builder.withBody(bytes);
        }
        return builder.build();
    }

    private static boolean hasTextBody(HttpResponse<?> response) {
        return response.body() instanceof String || response.body() instanceof byte[];
    }

    private static String excerpt(HttpResponse<?> response) {
        String body = response.body() instanceof String text ? text : "(not text)";
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
