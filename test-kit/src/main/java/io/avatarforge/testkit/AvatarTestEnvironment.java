package io.avatarforge.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides, before Spring starts anything, whether an {@link AvatarServerTest} class can run: when PostgreSQL cannot be
 * reached it fails the class under CI=true and skips it, loudly, otherwise. Left to the context, the same check would
 * surface as "Failed to load ApplicationContext": an error, never a skip. Registered by {@link AvatarServerTest}
 * ahead of Spring's own extension.
 */
public final class AvatarTestEnvironment implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresTestDatabase.requireReachable();
    }
}
