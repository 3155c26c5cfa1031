package io.avatarforge.model.job;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one generation job; the same UUID is the avatar id clients see. */
public record JobId(@JsonValue UUID value) {

    @JsonCreator
    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }

    /** Parses a client-supplied id; a malformed one is reported as absent rather than as an error. */
    public static java.util.Optional<JobId> parse(String text) {
        try {
            return java.util.Optional.of(new JobId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
