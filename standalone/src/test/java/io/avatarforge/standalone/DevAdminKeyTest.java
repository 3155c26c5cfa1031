package io.avatarforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DevAdminKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void theDevelopmentAdminKeyIsMadeOnceKeptOwnerOnlyAndNeverLogged(CapturedOutput output) throws IOException {
        String first = StandaloneApplication.devAdminKey(dataDir);
        String second = StandaloneApplication.devAdminKey(dataDir);

        assertThat(first).startsWith("afk_dev_").hasSizeGreaterThan(60).isEqualTo(second);
        Path file = dataDir.resolve("dev-admin-api.key");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(first);
    }

    @Test
    void theDevelopmentWebhookSecretIsMadeOnceKeptOwnerOnlyAndNeverLogged(CapturedOutput output) throws IOException {
        String first = StandaloneApplication.devWebhookSecret(dataDir);
        String second = StandaloneApplication.devWebhookSecret(dataDir);

        assertThat(first).matches("whsec_[A-Za-z0-9+/]{43}=").isEqualTo(second);
        Path file = dataDir.resolve("dev-webhook.secret");
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(first);
    }
}
