package io.avatarforge.gateway.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * {@code POST /api/v1/avatar/generate} answers 200 with a result or 202 with a job to poll, and a synchronous request
 * cannot know beforehand which. Generated clients (openapi-generator's TypeScript, Java, Python, Dart…) give an
 * operation one return type, the first 2xx's: documented as two unrelated schemas, a 202 was parsed as a result and its
 * {@code job_id} dropped. So both statuses answer {@value #NAME}: one of the two shapes, told apart by {@code status}
 * ({@code success} or {@code accepted}), which every generator turns into a union it can decode.
 */
class GenerateAnswerSchema implements OpenApiCustomizer {

    static final String NAME = "GenerateResponse";
    private static final String PATH = "/api/v1/avatar/generate";
    private static final Map<String, String> SHAPES = Map.of(
            "success", "GenerationSuccessResponse",
            "accepted", "AcceptedResponse");

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(PATH);
        Operation generate = path == null ? null : path.getPost();
        Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (generate == null || generate.getResponses() == null || schemas == null) {
            return;
        }
        ComposedSchema answer = new ComposedSchema();
        answer.description("The answer of a generation: the result (`status: success`, 200) or the job to poll "
                + "(`status: accepted`, 202).");
        Discriminator discriminator = new Discriminator().propertyName("status");
        SHAPES.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(shape -> {
            String ref = "#/components/schemas/" + shape.getValue();
            answer.addOneOfItem(new Schema<>().$ref(ref));
            discriminator.mapping(shape.getKey(), ref);
            Schema owner = schemas.get(shape.getValue());
            Schema status = owner == null || owner.getProperties() == null ? null
                    : (Schema) owner.getProperties().get("status");
            if (status != null) {
                status.setEnum(List.of(shape.getKey()));
            }
        });
        answer.discriminator(discriminator);
        schemas.put(NAME, answer);
        for (String status : List.of("200", "202")) {
            ApiResponse response = generate.getResponses().get(status);
            MediaType json = response == null || response.getContent() == null ? null
                    : response.getContent().get("application/json");
            if (json != null) {
                json.setSchema(new Schema<>().$ref("#/components/schemas/" + NAME));
            }
        }
    }
}
