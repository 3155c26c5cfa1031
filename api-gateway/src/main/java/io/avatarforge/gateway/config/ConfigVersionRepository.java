package io.avatarforge.gateway.config;

import io.avatarforge.platform.job.GenerationJobRows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and lists configuration versions inside the caller's transaction. The version number is the primary key: of
 * two writers that read the same latest version, exactly one inserts the next number and the other gets a
 * {@link org.springframework.dao.DuplicateKeyException} and starts over from the new latest version.
 */
@Repository
class ConfigVersionRepository {

    record Latest(long version, String document) {
    }

    record NewVersion(long version, String document, @Nullable String patch, String changedPaths, String action,
            @Nullable Long sourceVersion, String createdBy, Instant createdAt) {
    }

    record Summary(long version, String action, @Nullable Long sourceVersion, String createdBy, Instant createdAt,
            @Nullable String patch, @Nullable String changedPaths) {
    }

    private final JdbcClient jdbc;

    ConfigVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Latest> latest() {
        return jdbc.sql("select version, document from config_version order by version desc limit 1")
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    Optional<String> document(long version) {
        return jdbc.sql("select document from config_version where version = ?").param(version)
                .query(String.class).optional();
    }

    void insert(NewVersion version) {
        jdbc.sql("""
                insert into config_version
                    (version, document, patch, changed_paths, action, source_version, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(version.version(), version.document(), version.patch(), version.changedPaths(),
                        version.action(), version.sourceVersion(), version.createdBy(),
                        GenerationJobRows.timestamp(version.createdAt()))
                .update();
    }

    List<Summary> history(int limit) {
        return jdbc.sql("""
                select version, action, source_version, created_by, created_at, patch, changed_paths
                from config_version order by version desc limit ?
                """)
                .param(limit)
                .query((rs, n) -> new Summary(rs.getLong(1), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7)))
                .list();
    }
}
