package io.avatarforge.platform.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads configuration versions from the {@code config_version} table with plain JDBC, so that the gateway and the
 * worker share one implementation without sharing a framework. Writes of updates and rollbacks belong to the gateway,
 * which makes them in the same transaction as their outbox row; this class only seeds an empty table.
 */
public final class ConfigVersionStore {

    /** A stored version: the document with its {@code ${VAR}} references, and who made it when. */
    public record StoredVersion(long version, String document, String createdBy, Instant createdAt) {
    }

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public ConfigVersionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The newest version number, 0 when none is stored; cheap enough to ask every second. */
    public long latestVersion() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement("select max(version) from config_version");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the configuration version", e);
        }
    }

    public Optional<StoredVersion> latest() {
        return query("select version, document, created_by, created_at from config_version "
                + "order by version desc limit 1", null);
    }

    public Optional<StoredVersion> find(long version) {
        return query("select version, document, created_by, created_at from config_version where version = ?",
                version);
    }

    /**
     * The newest stored version, or version 1 made from {@code seed} when the table is empty. Instances starting at
     * the same time race on the primary key; the loser reads the winner's row.
     */
    public StoredVersion latestOrSeed(Supplier<String> seed, Instant now) {
        Optional<StoredVersion> existing = latest();
        if (existing.isPresent()) {
            return existing.get();
        }
        String document = seed.get();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into config_version "
                        + "(version, document, action, created_by, created_at) values (1, ?, 'seed', ?, ?)")) {
            insert.setString(1, document);
            insert.setString(2, "system:startup");
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return new StoredVersion(1, document, "system:startup", now);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return latest().orElseThrow(() -> new IllegalStateException("Seed version vanished", e));
            }
            throw new IllegalStateException("Cannot seed the configuration", e);
        }
    }

    private Optional<StoredVersion> query(String sql, @Nullable Long version) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            if (version != null) {
                statement.setLong(1, version);
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredVersion(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the configuration", e);
        }
    }
}
