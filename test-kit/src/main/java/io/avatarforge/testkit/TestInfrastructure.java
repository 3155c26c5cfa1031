package io.avatarforge.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AvatarServerTest} context runs on: its PostgreSQL schema (as a JDBC URL), its data directory, its
 * configuration file's path (the file exists only with {@link TestConfigFile}) and, for an
 * {@link AvatarIntegrationTest}, its Kafka broker's address (null without one). A bean of that context, for tests that
 * start a second instance on the same database, files and broker ({@link #arguments}, {@link #kafkaBootstrapServers}).
 */
public record TestInfrastructure(String databaseUrl, Path dataDir, Path configPath,
        @Nullable String kafkaBootstrapServers) {

    /** The broker's address; fails for a context without one. */
    @Override
    public String kafkaBootstrapServers() {
        if (kafkaBootstrapServers == null) {
            throw new IllegalStateException("This context has no Kafka broker: annotate the test @AvatarIntegrationTest");
        }
        return kafkaBootstrapServers;
    }

    public String databaseUser() {
        return PostgresTestDatabase.USER;
    }

    public String databasePassword() {
        return PostgresTestDatabase.PASSWORD;
    }

    /**
     * Command-line arguments that put another application on this infrastructure, followed by {@code more}: as
     * arguments they beat any {@code application.properties} on the test class path (the standalone module's names an
     * H2 database).
     */
    public String[] arguments(String... more) {
        List<String> arguments = new ArrayList<>();
        properties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /** The properties that make a context use this infrastructure; PostgreSQL's schema wants {@code jsonb} columns. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", databaseUser());
        properties.put("spring.datasource.password", databasePassword());
        properties.put("spring.flyway.placeholders.json_type", "jsonb");
        // Spring keeps every test class's context (and its pool) open until the JVM ends, and a module's suite holds a
        // dozen of them: with Hikari's default of 10 idle connections each, they exhausted PostgreSQL's 100 connections
        // ("sorry, too many clients already"). Small pools that shrink when idle keep a suite well below that.
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        properties.put("avatar.data-dir", dataDir.toString());
        properties.put("avatar.config-path", configPath.toString());
        return properties;
    }
}
