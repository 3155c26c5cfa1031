package io.avatarforge.gateway.config;

import io.avatarforge.gateway.security.ApiKeyPrincipal;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.platform.config.ConfigValidator;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.config.Secrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/avatar/config}: the effective configuration with secrets redacted, updates by JSON merge patch,
 * the version history and rollback (all admin scope); the configuration's public view and the JSON Schema (open).
 */
@RestController
class ConfigController {

    private static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");

    private final ConfigAdministration administration;
    private final ConfigVersionRepository versions;
    private final AvatarConfigHolder holder;
    private final ConfigLoader loader;
    private final ConfigValidator validator;

    ConfigController(ConfigAdministration administration, ConfigVersionRepository versions, AvatarConfigHolder holder,
            ConfigLoader loader, ConfigValidator validator) {
        this.administration = administration;
        this.versions = versions;
        this.holder = holder;
        this.loader = loader;
        this.validator = validator;
    }

    /**
     * To an admin, the configuration this instance uses: environment overrides applied, references resolved, secrets
     * shown as ***. To anyone else, with a key or without, its public view ({@link PublicConfigView}), as the
     * specification's {@code get_public_config}: a key without the admin scope sees what everyone may see rather than
     * a 403, since it is entitled to strictly more than an anonymous caller, never less.
     */
    @GetMapping("/api/v1/avatar/config")
    ResponseEntity<Map<String, Object>> current() {
        // Two answers at one URL, chosen by the Authorization header: caches must keep them apart.
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().varyBy(HttpHeaders.AUTHORIZATION);
        if (!Caller.current().isAdmin()) {
            return answer.cacheControl(CacheControl.noCache()).body(PublicConfigView.of(holder.current()));
        }
        long version = holder.current().version();
        String document = versions.document(version).orElseThrow(() -> new ApiProblemException(
                ProblemCode.CONFIG_UNAVAILABLE, "The configuration in force is not stored"));
        ObjectNode effective = Secrets.redact(loader.effectiveDocument(loader.parse(document)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("view", "full");
        body.put("config", effective);
        return answer.cacheControl(CacheControl.noStore()).body(body);
    }

    @PostMapping(path = "/api/v1/avatar/config", consumes = "application/json")
    ResponseEntity<Map<String, Object>> update(@RequestBody JsonNode patch,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        return answer(administration.update(patch, caller.actor()));
    }

    @PostMapping("/api/v1/avatar/config/rollback/{version}")
    ResponseEntity<Map<String, Object>> rollback(@PathVariable long version,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        return answer(administration.rollback(version, caller.actor()));
    }

    @GetMapping("/api/v1/avatar/config/versions")
    Map<String, Object> history(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD, "limit: must be between 1 and 500");
        }
        List<Map<String, Object>> entries = versions.history(limit).stream().map(this::entry).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("current_version", holder.current().version());
        body.put("versions", entries);
        return body;
    }

    @GetMapping(path = "/api/v1/avatar/config/schema")
    ResponseEntity<String> schema() {
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(validator.schemaText());
    }

    private Map<String, Object> entry(ConfigVersionRepository.Summary summary) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("version", summary.version());
        entry.put("action", summary.action());
        entry.put("source_version", summary.sourceVersion());
        entry.put("created_by", summary.createdBy());
        entry.put("created_at", summary.createdAt());
        entry.put("changed_paths", summary.changedPaths() == null ? List.of()
                : loader.mapper().readValue(summary.changedPaths(), List.class));
        entry.put("patch", summary.patch() == null ? null : Secrets.redact(loader.parse(summary.patch())));
        return entry;
    }

    private static ResponseEntity<Map<String, Object>> answer(ConfigAdministration.Outcome outcome) {
        return ResponseEntity.status(outcome.valid() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ConfigAdministration.response(outcome));
    }
}
