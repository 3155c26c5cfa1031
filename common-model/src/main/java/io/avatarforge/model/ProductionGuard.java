package io.avatarforge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The production gateway and worker refuse to start on the standalone's dev infrastructure: an H2 database or an
 * in-process broker would silently lose the guarantees the distributed setup exists for, and the Firebase Auth emulator
 * would accept unsigned ID tokens. Likewise its CORS default, any origin, which would let every website's scripts call
 * the API with whatever key or token a user's browser holds.
 */
public final class ProductionGuard {

    private ProductionGuard() {
    }

    /** Throws when the settings point at dev infrastructure; {@code property} looks up Spring properties. */
    public static void check(Function<String, @Nullable String> property) {
        List<String> problems = new ArrayList<>();
        String url = property.apply("spring.datasource.url");
        if (url != null && url.startsWith("jdbc:h2:")) {
            problems.add("spring.datasource.url points at H2 (" + url.split(";")[0] + "); production needs PostgreSQL");
        }
        if (url == null || url.isBlank()) {
            problems.add("spring.datasource.url is not set; production needs PostgreSQL");
        }
        if (property.apply("spring.embedded.kafka.brokers") != null
                || "true".equals(property.apply("avatar.standalone.embedded-broker"))) {
            problems.add("an in-process Kafka broker is configured; production needs a real Kafka cluster");
        }
        // The Auth emulator's ID tokens are unsigned: a production gateway in emulator mode would take anyone's word
        // for who they are. The Admin SDK reads the environment variable itself, so it is checked, not just ours.
        for (String name : List.of("FIREBASE_AUTH_EMULATOR_HOST", "avatar.gateway.security.firebase-auth-emulator-host")) {
            String host = property.apply(name);
            if (host != null && !host.isBlank()) {
                problems.add(name + " points at a Firebase Auth emulator (" + host
                        + "), which issues unsigned ID tokens; production needs real Firebase Authentication");
                break;
            }
        }
        if (allowsAnyOrigin(property)) {
            problems.add("avatar.gateway.cors.allowed-origins (CORS_ALLOWED_ORIGINS) allows any origin (*); production "
                    + "must list the web origins that may call it, or none");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with development infrastructure or defaults: "
                    + String.join("; ", problems)
                    + ". Use the standalone jar for local development.");
        }
    }

    /** The standalone's CORS default, {@code *}, as one comma-separated value or as an indexed list entry. */
    private static boolean allowsAnyOrigin(Function<String, @Nullable String> property) {
        String name = "avatar.gateway.cors.allowed-origins";
        List<String> values = new ArrayList<>();
        String joined = property.apply(name);
        if (joined != null) {
            values.addAll(List.of(joined.split(",")));
        }
        for (int i = 0; property.apply(name + "[" + i + "]") instanceof String entry; i++) {
            values.add(entry);
        }
        return values.stream().anyMatch(origin -> origin.strip().equals("*"));
    }
}
