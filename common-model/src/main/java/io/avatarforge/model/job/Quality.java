package io.avatarforge.model.job;

import java.util.Locale;
import java.util.Optional;

/** The quality tiers a client may ask for; each maps to provider settings and a cost through configuration. */
public enum Quality {
    LOW,
    MEDIUM,
    HIGH;

    public static Optional<Quality> parse(String text) {
        for (Quality q : values()) {
            if (q.apiName().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
