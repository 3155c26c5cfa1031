package io.avatarforge.platform;

import io.avatarforge.platform.config.ConfigLoader;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.*} settings that both roles read: where data and the operator's configuration file live, how often the
 * configuration version is re-checked, and how the outbox relay runs. Each role's own settings are under
 * {@code avatar.gateway.*} and {@code avatar.worker.*}.
 */
@ConfigurationProperties("avatar")
@Validated
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue(ConfigLoader.DEFAULT_PATH) Path configPath,
        @DefaultValue Storage storage,
        @DefaultValue Config config,
        @DefaultValue Outbox outbox) {

    /** {@code localRoot}: where the local image store keeps files; {@code <data-dir>/images} when unset. */
    public record Storage(@Nullable Path localRoot) {
    }

    /** {@code pollInterval}: the backstop check for a new configuration version (the change event is the fast path). */
    public record Config(@DefaultValue("1s") Duration pollInterval) {
    }

    /** How often the relay looks at the outbox when nobody wakes it, and how many rows it takes at once. */
    public record Outbox(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("200") @Min(1) int batchSize,
            @DefaultValue("10s") Duration sendTimeout) {
    }

    /** The local image store's root. */
    public Path imageRoot() {
        Path root = storage.localRoot();
        return root != null ? root : dataDir.resolve("images");
    }
}
