package io.avatarforge.platform.config;

import io.avatarforge.model.config.ConfigValidationError;
import io.avatarforge.model.config.AvatarConfig;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps this instance's {@link AvatarConfigHolder} on the newest stored configuration version. At start it installs
 * the newest version, seeding version 1 from built-in defaults and the file when the database has none; afterwards
 * {@link #refresh()} is called on every change event and by a periodic backstop, and installs a newer version when
 * there is one. A version this instance cannot use (say, its environment makes it invalid) is logged once and
 * skipped: the instance keeps serving the version it has.
 */
public final class ConfigSynchronizer {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigSynchronizer.class);

    private final ConfigVersionStore store;
    private final ConfigLoader loader;
    private final ConfigValidator validator;
    private final AvatarConfigHolder holder;
    private long lastRejected;

    private ConfigSynchronizer(ConfigVersionStore store, ConfigLoader loader, ConfigValidator validator,
            AvatarConfigHolder holder) {
        this.store = store;
        this.loader = loader;
        this.validator = validator;
        this.holder = holder;
    }

    /** Loads (or seeds) the newest version; fails start-up with every validation error when it is unusable. */
    public static ConfigSynchronizer start(ConfigVersionStore store, ConfigLoader loader, ConfigValidator validator,
            @Nullable Path file, Clock clock) {
        ConfigVersionStore.StoredVersion stored = store.latestOrSeed(() -> {
            ObjectNode seed = loader.loadDocument(file);
            List<ConfigValidationError> errors = validator.validate(seed);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("The configuration from defaults and " + file + " is invalid: "
                        + describe(errors));
            }
            List<ConfigValidationError> literals = validator.literalSecrets(seed);
            if (!literals.isEmpty()) {
                LOG.warn("The configuration file holds credentials as literal values; they are stored with the "
                        + "configuration. Use ${VAR} references instead: {}",
                        literals.stream().map(ConfigValidationError::path).toList());
            }
            return loader.mapper().writeValueAsString(seed);
        }, clock.instant());
        AvatarConfig config = usable(stored, loader, validator);
        if (config == null) {
            throw new IllegalStateException("Configuration version " + stored.version()
                    + " is invalid with this instance's environment: "
                    + describe(validator.validate(loader.parse(stored.document()))));
        }
        if (stored.version() > 1 && file != null && file.toFile().isFile()) {
            LOG.info("Configuration version {} from the database is in force; {} only seeds an empty database",
                    stored.version(), file);
        }
        LOG.info("Configuration version {} installed", stored.version());
        return new ConfigSynchronizer(store, loader, validator, new AvatarConfigHolder(stored.version(), config));
    }

    public AvatarConfigHolder holder() {
        return holder;
    }

    /** Installs the newest stored version if it is newer than the one in force; returns whether it did. */
    public synchronized boolean refresh() {
        long newest = store.latestVersion();
        if (newest <= holder.current().version() || newest == lastRejected) {
            return false;
        }
        ConfigVersionStore.StoredVersion stored = store.find(newest).orElse(null);
        if (stored == null) {
            return false;
        }
        AvatarConfig config = usable(stored, loader, validator);
        if (config == null) {
            lastRejected = newest;
            LOG.error("Configuration version {} is invalid with this instance's environment and was not installed: {}",
                    newest, describe(validator.validate(loader.parse(stored.document()))));
            return false;
        }
        boolean installed = holder.install(stored.version(), config);
        if (installed) {
            LOG.info("Configuration version {} installed (made by {})", stored.version(), stored.createdBy());
        }
        return installed;
    }

    private static @Nullable AvatarConfig usable(ConfigVersionStore.StoredVersion stored, ConfigLoader loader,
            ConfigValidator validator) {
        try {
            ObjectNode document = loader.parse(stored.document());
            return validator.validate(document).isEmpty() ? loader.resolve(document) : null;
        } catch (RuntimeException e) {
            LOG.error("Configuration version {} cannot be read: {}", stored.version(), e.getClass().getSimpleName());
            return null;
        }
    }

    private static String describe(List<ConfigValidationError> errors) {
        return errors.stream().map(e -> e.path() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
