package io.avatarforge.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avatarforge.client.model.AcceptedResponse;
import io.avatarforge.client.model.GenerateResponse;
import io.avatarforge.client.model.GenerationSuccessResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated Java client decodes the answers the committed document shows: {@code POST /api/v1/avatar/generate}'s
 * 200 and 202 examples, one {@code GenerateResponse} told apart by {@code status}, with the snake_case fields filled.
 */
class GeneratedClientTest {

    private static final ObjectMapper MAPPER = ApiClient.createDefaultObjectMapper();

    @Test
    void aQueuedJobAndAFinishedResultDecodeToTheirOwnShapes() throws Exception {
        JsonNode responses = MAPPER.readTree(Path.of("../../api/openapi.json").toFile())
                .at("/paths/~1api~1v1~1avatar~1generate/post/responses");

        GenerateResponse accepted = MAPPER.treeToValue(
                responses.at("/202/content/application~1json/example"), GenerateResponse.class);
        assertThat(accepted.getActualInstance()).isInstanceOf(AcceptedResponse.class);
        AcceptedResponse job = accepted.getAcceptedResponse();
        assertThat(job.getJobId()).isEqualTo("0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01");
        assertThat(job.getStatusUrl()).isEqualTo("/api/v1/avatar/status/" + job.getJobId());
        assertThat(job.getEstimatedCompletionSeconds()).isEqualTo(15L);

        GenerateResponse done = MAPPER.treeToValue(
                responses.at("/200/content/application~1json/example"), GenerateResponse.class);
        assertThat(done.getActualInstance()).isInstanceOf(GenerationSuccessResponse.class);
        GenerationSuccessResponse result = done.getGenerationSuccessResponse();
        assertThat(result.getAvatarId()).isEqualTo("0193a5c4-7d1e-7c55-9a4e-2b4f7a1c9d01");
        assertThat(result.getImageUrl()).contains("expires=").contains("signature=");
        assertThat(result.getMetadata().getStyleConfig()).isEqualTo("cartoon_3d");
    }
}
