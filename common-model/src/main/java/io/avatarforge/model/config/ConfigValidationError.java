package io.avatarforge.model.config;

/** One reason a configuration document was refused: where ({@code $.a.b[0]}) and why. */
public record ConfigValidationError(String path, String message) implements Comparable<ConfigValidationError> {

    @Override
    public int compareTo(ConfigValidationError other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }
}
