package io.avatarforge.gateway.config;

import io.avatarforge.platform.outbox.OutboxWriter;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.platform.config.ConfigSynchronizer;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.config.ConfigValidationError;
import io.avatarforge.model.config.Secrets;
import io.avatarforge.platform.config.ConfigValidator;
import io.avatarforge.model.event.ConfigChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Updates and rollbacks. Each runs in one transaction that inserts the next version and its
 * {@code avatar.config.changed} outbox row together; a concurrent writer that took the same version number makes this
 * one start over on top of it, so no update is lost. Invalid results are refused before anything is written.
 */
@Service
class ConfigAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigAdministration.class);
    /*
     * Every lost race means another writer's version committed, so N simultaneous writers need at most N attempts.
     * Twenty covers any realistic number of administrators; the jittered pause keeps losers from colliding again.
     */
    private static final int MAX_ATTEMPTS = 20;
    private static final int MAX_CHANGED_PATHS = 200;

    /** The answer to a write: {@code updated}, {@code unchanged} or {@code invalid}, with the version in force. */
    record Outcome(String status, long version, List<ConfigValidationError> validationErrors) {

        boolean valid() {
            return validationErrors.isEmpty();
        }
    }

    private final ConfigVersionRepository versions;
    private final ConfigLoader loader;
    private final ConfigValidator validator;
    private final ConfigSynchronizer synchronizer;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ConfigAdministration(ConfigVersionRepository versions, ConfigLoader loader, ConfigValidator validator,
            ConfigSynchronizer synchronizer, OutboxWriter outbox, TransactionTemplate transactions, Clock clock) {
        this.versions = versions;
        this.loader = loader;
        this.validator = validator;
        this.synchronizer = synchronizer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    Outcome update(JsonNode body, String actor) {
        if (!(body instanceof ObjectNode posted)) {
            return invalid(List.of(new ConfigValidationError("$", "must be a JSON object (a partial configuration)")));
        }
        // So that the document GET /config answered can be posted back: its *** credentials keep their values.
        ObjectNode patch = Secrets.withoutRedacted(posted);
        List<ConfigValidationError> literals = validator.literalSecrets(patch);
        if (!literals.isEmpty()) {
            return invalid(literals);
        }
        String patchText = loader.mapper().writeValueAsString(patch);
        return write(latest -> {
            ObjectNode merged = latest.deepCopy();
            ConfigLoader.deepMerge(merged, patch);
            return merged;
        }, patchText, "update", null, actor);
    }

    Outcome rollback(long target, String actor) {
        String document = versions.document(target).orElseThrow(() -> new ApiProblemException(
                ProblemCode.CONFIG_VERSION_NOT_FOUND, "There is no configuration version " + target));
        ObjectNode restored = loader.parse(document);
        return write(latest -> restored.deepCopy(), null, "rollback", target, actor);
    }

    private Outcome write(UnaryOperator<ObjectNode> change, @Nullable String patch, String action,
            @Nullable Long sourceVersion, String actor) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                Outcome outcome = transactions.execute(status -> {
                    ConfigVersionRepository.Latest latest = versions.latest().orElseThrow();
                    ObjectNode before = loader.parse(latest.document());
                    ObjectNode after = change.apply(before.deepCopy());
                    if (after.equals(before)) {
                        return new Outcome("unchanged", latest.version(), List.of());
                    }
                    List<ConfigValidationError> errors = validator.validate(after);
                    if (!errors.isEmpty()) {
                        return new Outcome("invalid", latest.version(), errors);
                    }
                    long next = latest.version() + 1;
                    versions.insert(new ConfigVersionRepository.NewVersion(next,
                            loader.mapper().writeValueAsString(after), patch,
                            loader.mapper().writeValueAsString(changedPaths(before, after)), action, sourceVersion,
                            actor, clock.instant()));
                    outbox.configChanged(new ConfigChanged(next));
                    return new Outcome("updated", next, List.of());
                });
                if (outcome != null && "updated".equals(outcome.status())) {
                    LOG.info("Configuration version {} written by {} ({})", outcome.version(), actor, action);
                    synchronizer.refresh();
                }
                return Objects.requireNonNull(outcome);
            } catch (DuplicateKeyException e) {
                LOG.debug("Another writer took the next configuration version; retrying (attempt {})", attempt);
                pauseBeforeRetry();
            }
        }
        throw conflict();
    }

    private static ApiProblemException conflict() {
        return new ApiProblemException(ProblemCode.CONFIG_CONFLICT,
                "The configuration is being changed by others right now; retry the request");
    }

    private static void pauseBeforeRetry() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw conflict();
        }
    }

    private Outcome invalid(List<ConfigValidationError> errors) {
        return new Outcome("invalid", synchronizer.holder().current().version(), errors);
    }

    /** The JSON paths whose values differ (objects compared member by member); capped for huge changes. */
    static List<String> changedPaths(JsonNode before, JsonNode after) {
        List<String> paths = new ArrayList<>();
        diff("$", before, after, paths);
        return paths.size() > MAX_CHANGED_PATHS ? paths.subList(0, MAX_CHANGED_PATHS) : paths;
    }

    private static void diff(String path, @Nullable JsonNode before, @Nullable JsonNode after, List<String> paths) {
        if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
            Set<String> keys = new LinkedHashSet<>();
            b.propertyNames().forEach(keys::add);
            a.propertyNames().forEach(keys::add);
            for (String key : keys) {
                diff(path + "." + key, b.get(key), a.get(key), paths);
            }
        } else if (before == null || !before.equals(after)) {
            paths.add(path);
        }
    }

    static Map<String, Object> response(Outcome outcome) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", outcome.status());
        body.put("version", outcome.version());
        body.put("validation_errors", outcome.validationErrors());
        return body;
    }
}
