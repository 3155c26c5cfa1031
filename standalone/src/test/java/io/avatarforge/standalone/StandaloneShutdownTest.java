package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.TestImages;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A newcomer's Ctrl-C: the standalone app, after it has served a job (so the outbox relay, the listener containers and
 * the producers are all busy with the in-process broker), closes without one WARN or ERROR line and without a stack
 * trace; the broker keeps its files in the data directory.
 */
@ExtendWith(OutputCaptureExtension.class)
class StandaloneShutdownTest {

    private static final Pattern WARNING_OR_TRACE = Pattern.compile("\\b(WARN|ERROR)\\b|^\\s+at |Exception");

    @Test
    void aGracefulStopAfterAJobLogsNoWarningErrorOrStackTrace(CapturedOutput output) throws Exception {
        Path dataDir = Files.createTempDirectory("avatar-stop");
        ConfigurableApplicationContext app = StandaloneApplication.start("--server.port=0",
                "--avatar.data-dir=" + dataDir, "--avatar.config-path=" + dataDir.resolve("no-config-here.json"));
        try {
            assertThat(dataDir.resolve("kafka")).as("the broker's files live under the data directory").isDirectory();
            ApiClient api = ApiClient.at("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> generated = api.post("/api/v1/avatar/generate", Map.of("prompt", "a calm portrait",
                    "image", TestImages.jpegDataUri(320, 320), "style_config", "professional"));
            assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }

        int before = output.length();
        app.close();
        String stopping = output.toString().substring(before);

        assertThat(stopping.lines().filter(line -> WARNING_OR_TRACE.matcher(line).find()).toList())
                .as("log lines written while stopping:%n%s", stopping)
                .isEmpty();
    }
}
