package io.avatarforge.gateway.web.openapi;

import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.job.Quality;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc cannot read from the controllers. Per operation: the problem answers it can give (see
 * {@link ProblemResponses}), as references to the document's problem responses. For the document: one problem schema
 * and response per status, whose {@code code} enum is every {@link ProblemCode} and {@link JobErrorCode} of that
 * status, derived here so a code added later is documented without touching this class; the enums and anchored
 * patterns the server enforces but the types do not show.
 */
class ApiDocumentCustomizer implements OpenApiCustomizer, OperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String RESPONSE_PREFIX = "Problem";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        OptionalCredential optional = handler.getMethodAnnotation(OptionalCredential.class);
        if (optional != null) {
            List<SecurityRequirement> security = new ArrayList<>();
            security.add(new SecurityRequirement()); // {}: no credential at all is also accepted
            Arrays.stream(optional.value()).forEach(scheme -> security.add(new SecurityRequirement().addList(scheme)));
            operation.setSecurity(security);
        }
        ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
        if (declared != null && !declared.problemJson()) {
            return operation;
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        // A redirect carries no body; springdoc would give it the method's return type as content.
        responses.forEach((status, response) -> {
            if (status.startsWith("3")) {
                response.setContent(null);
            }
        });
        for (int status : refusalStatuses(operation, handler)) {
            responses.computeIfAbsent(Integer.toString(status),
                    s -> new ApiResponse().$ref("#/components/responses/" + RESPONSE_PREFIX + s));
        }
        return operation;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        codesByStatus().forEach((status, codes) -> {
            components.addSchemas(RESPONSE_PREFIX + status, problemSchema(status, codes));
            components.addResponses(RESPONSE_PREFIX + status, problemResponse(status, codes));
        });
        Map<String, Schema> schemas = components.getSchemas();
        enumOf(schemas, "GenerateAvatarRequest", "quality",
                Arrays.stream(Quality.values()).map(Quality::apiName).toList());
        enumOf(schemas, "JobStatusResponse", "status",
                Arrays.stream(JobState.values()).map(JobState::apiName).toList());
        schemas.values().forEach(ApiDocumentCustomizer::anchorPatterns);
    }

    /** Every status a problem of the gateway or a failed job is sent with, with its codes, in a stable order. */
    static SortedMap<Integer, SortedSet<String>> codesByStatus() {
        SortedMap<Integer, SortedSet<String>> byStatus = new TreeMap<>();
        for (ProblemCode code : ProblemCode.values()) {
            byStatus.computeIfAbsent(code.status().value(), s -> new TreeSet<>()).add(code.apiCode());
        }
        for (JobErrorCode code : JobErrorCode.values()) {
            byStatus.computeIfAbsent(code.httpStatus(), s -> new TreeSet<>()).add(code.apiCode());
        }
        return byStatus;
    }

    private static SortedSet<Integer> refusalStatuses(Operation operation, HandlerMethod handler) {
        // 401 and 403 everywhere: a bearer credential that is not valid is refused on public operations too, and so is
        // a browser page of an origin CORS does not allow (cors_rejected); 503 everywhere, because any operation can meet
        // a database outage (service_unavailable), in the security chain's key lookup if nowhere else.
        SortedSet<Integer> statuses = new TreeSet<>(List.of(400, 401, 403, 500, 503));
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            statuses.add(404);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
        if (declared != null) {
            Arrays.stream(declared.value()).map(code -> code.status().value()).forEach(statuses::add);
            if (declared.jobFailures()) {
                Arrays.stream(JobErrorCode.Kind.values()).map(JobErrorCode.Kind::httpStatus).forEach(statuses::add);
            }
        }
        return statuses;
    }


    private static Schema<?> problemSchema(int status, Set<String> codes) {
        return new ObjectSchema()
                .description("An RFC 9457 problem; `code` is stable and meant for clients to branch on.")
                .addRequiredItem("status").addRequiredItem("code")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()._enum(List.of(status)))
                .addProperty("detail", new StringSchema().description("For humans; may change at any time."))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema()._enum(new ArrayList<>(codes)))
                .addProperty("field", new StringSchema()
                        .description("With `unknown_field`: the refused property, as a JSON path (`a.b[0].c`)."))
                .addProperty("errors", new ArraySchema()
                        .description("With `invalid_field` and `missing_field`: one entry per refused field.")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema())));
    }

    private static ApiResponse problemResponse(int status, Set<String> codes) {
        ApiResponse response = new ApiResponse()
                .description("Refused: " + String.join(", ", codes))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + RESPONSE_PREFIX + status))
                        .example(example(status, codes.iterator().next()))));
        if (status == 409 || status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", header(
                    "Seconds to wait before retrying (sent with rate limits, a busy idempotency key, a full stream "
                            + "pool, a database outage)."));
        }
        if (status == 429) {
            response.addHeaderObject("RateLimit-Policy", header(
                    "The limit that was hit (IETF RateLimit fields), e.g. `\"per-minute\";q=60;w=60`."));
            response.addHeaderObject("RateLimit", header(
                    "What remains of it and when it resets, e.g. `\"per-minute\";r=0;t=12`."));
        }
        return response;
    }

    private static Map<String, Object> example(int status, String code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", "What went wrong, for humans");
        example.put("instance", "/api/v1/avatar/generate");
        example.put("code", code);
        return example;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void enumOf(@Nullable Map<String, Schema> schemas, String schema, String property,
            List<String> values) {
        Schema target = property(schemas, schema, property);
        if (target != null) {
            target.setEnum(new ArrayList<>(values));
        }
    }

    @SuppressWarnings("rawtypes")
    static @Nullable Schema property(@Nullable Map<String, Schema> schemas, String schema, String property) {
        Schema owner = schemas == null ? null : schemas.get(schema);
        return owner == null || owner.getProperties() == null ? null : (Schema) owner.getProperties().get(property);
    }

    /** Bean Validation's {@code @Pattern} matches the whole value; a JSON Schema pattern only needs to occur in it. */
    @SuppressWarnings("rawtypes")
    private static void anchorPatterns(Schema schema) {
        if (schema.getPattern() != null && !schema.getPattern().startsWith("^")) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> anchorPatterns((Schema) p));
        }
        if (schema.getItems() != null) {
            anchorPatterns(schema.getItems());
        }
    }
}
