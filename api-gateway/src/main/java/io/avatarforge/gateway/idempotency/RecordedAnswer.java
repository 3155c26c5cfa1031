package io.avatarforge.gateway.idempotency;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a request with an {@code Idempotency-Key} answered, as it is replayed: a response with a JSON body
 * ({@link Kind#BODY}), or a refusal ({@link Kind#PROBLEM}, {@code body} holding its code and detail), which is replayed
 * by throwing it again so that the handler that rendered the original renders the replay.
 */
record RecordedAnswer(Kind kind, int status, Map<String, List<String>> headers, @Nullable String body) {

    enum Kind {
        BODY("body"),
        PROBLEM("problem");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        static Kind ofColumn(String value) {
            for (Kind kind : values()) {
                if (kind.column.equals(value)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown recorded answer kind " + value);
        }
    }

    RecordedAnswer {
        headers = Map.copyOf(headers);
    }
}
