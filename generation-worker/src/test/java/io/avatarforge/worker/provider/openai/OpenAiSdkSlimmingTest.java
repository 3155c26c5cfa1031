package io.avatarforge.worker.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.images.ImageEditParams;
import com.openai.services.blocking.ImageService;
import org.junit.jupiter.api.Test;

/**
 * The worker runs on openai-images-sdk, the official SDK's classes restricted to the Images API, not on the full
 * openai-java-core: these tests fail if the full jar comes back on the classpath (directly, transitively, or as the
 * reactor module's unshaded output), or if the restriction drops something a client needs to reach the images service.
 * OpenAiImageProviderTest drives the edit itself through the same classes.
 */
class OpenAiSdkSlimmingTest {

    @Test
    void theSdkClassesComeFromTheImagesOnlyJar() {
        String location = ImageEditParams.class.getProtectionDomain().getCodeSource().getLocation().toString();

        assertThat(location).contains("openai-images-sdk").endsWith(".jar");
        assertThat(OpenAIClient.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .isEqualTo(location);
    }

    @Test
    void theModelsOfOtherApisAreNotOnTheClasspath() {
        for (String name : new String[] {"com.openai.models.chat.completions.ChatCompletion",
                "com.openai.models.responses.Response", "com.openai.models.beta.assistants.Assistant",
                "com.openai.services.blocking.chat.ChatCompletionService"}) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void aClientBuildsAndReachesTheImagesService() {
        OpenAIClient client = OpenAIOkHttpClient.builder().apiKey("sk-test").baseUrl("http://127.0.0.1:9/v1").build();
        try {
            ImageService images = client.images();

            assertThat(images).isNotNull();
            assertThat(images.withRawResponse()).isNotNull();
            assertThat(client.async().images()).isNotNull();
        } finally {
            client.close();
        }
    }
}
