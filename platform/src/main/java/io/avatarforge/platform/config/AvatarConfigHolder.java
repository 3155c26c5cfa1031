package io.avatarforge.platform.config;

import io.avatarforge.model.config.AvatarConfig;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The configuration in force on this instance, with the version it came from; swapped atomically on change. */
public final class AvatarConfigHolder {

    public record Versioned(long version, AvatarConfig config) {
    }

    private final AtomicReference<Versioned> current;

    public AvatarConfigHolder(AvatarConfig initial) {
        this(0, initial);
    }

    public AvatarConfigHolder(long version, AvatarConfig initial) {
        this.current = new AtomicReference<>(new Versioned(version, Objects.requireNonNull(initial)));
    }

    public AvatarConfig config() {
        return current.get().config();
    }

    public Versioned current() {
        return current.get();
    }

    /** Installs {@code next} unless a newer version is already in place (events may arrive out of order). */
    public boolean install(long version, AvatarConfig next) {
        Versioned candidate = new Versioned(version, next);
        Versioned previous = current.getAndUpdate(old -> old.version() > version ? old : candidate);
        return previous.version() <= version;
    }
}
