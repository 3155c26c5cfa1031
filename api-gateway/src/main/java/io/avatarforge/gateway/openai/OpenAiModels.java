package io.avatarforge.gateway.openai;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** OpenAI's model list, {@code {"object":"list","data":[...]}}: here, the styles of the live configuration. */
@Schema(name = "OpenAiModelList")
record OpenAiModels(@Schema(allowableValues = "list") String object, List<Model> data) {

    static final String OWNER = "avatar-forge";

    static OpenAiModels of(List<Model> models) {
        return new OpenAiModels("list", models);
    }

    /** One style as a model; styles have no creation time, so {@code created} is 0. */
    @Schema(name = "OpenAiModel")
    record Model(String id, @Schema(allowableValues = "model") String object, long created,
            @Schema(name = "owned_by") String ownedBy) {

        static Model of(String style) {
            return new Model(style, "model", 0, OWNER);
        }
    }
}
