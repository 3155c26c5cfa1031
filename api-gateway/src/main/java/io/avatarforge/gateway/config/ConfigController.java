package io.avatarforge.gateway.config;

import io.avatarforge.gateway.security.ApiKeyPrincipal;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.config.ConfigLoader;
import io.avatarforge.platform.config.ConfigValidator;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.config.Secrets;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.avatarforge.gateway.web.openapi.OptionalCredential;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.avatarforge.model.config.ConfigValidationError;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
@Tag(name = "Configuration", description = "The live configuration: read, change, history, rollback (admin scope).")
class ConfigController {

    /** What {@code GET /config} answers (documentation of the map it builds). */
    @Schema(name = "ConfigView")
    record ConfigView(long version,
            @Schema(description = "`public` (anyone: service defaults, quality tiers, style templates) or `full` "
                    + "(admins: the whole document)", allowableValues = {"public", "full"}) String view,
            @Schema(description = "The configuration document (see `/config/schema`): for admins whole, environment "
                    + "overrides applied, credentials as `***`; for anyone else its public part.", type = "object")
            Map<String, Object> config) {
    }

    /** What an update or rollback answers, valid (200) or not (422). */
    @Schema(name = "ConfigChangeOutcome")
    record ConfigChangeOutcome(@Schema(allowableValues = {"updated", "unchanged", "invalid"}) String status,
            @Schema(description = "The version in force after this request") long version,
            List<ConfigValidationError> validationErrors) {
    }

    /** One entry of the history (documentation of the map {@link #entry} builds). */
    @Schema(name = "ConfigVersion")
    record ConfigVersion(long version, String action, @Nullable Long sourceVersion, @Nullable String createdBy,
            Instant createdAt, List<String> changedPaths,
            @Nullable @Schema(type = "object", nullable = true) Map<String, Object> patch) {
    }

    /** The history's answer. */
    @Schema(name = "ConfigHistory")
    record ConfigHistory(long currentVersion, List<ConfigVersion> versions) {
    }

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
    @OptionalCredential(ApiSecurity.API_KEY)
    @Operation(summary = "Read the configuration in force",
            description = "Public: without an admin key, its public view (service defaults, quality tiers, style "
                    + "templates; no providers, limits or credentials). With an admin key (bearer), the whole document.")
    @ApiResponse(responseCode = "200", description = "The configuration",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConfigView.class)))
    @ProblemResponses(ProblemCode.CONFIG_UNAVAILABLE)
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
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @Operation(summary = "Change the configuration", description = """
            The body is a JSON merge patch (RFC 7386) of the configuration document described by \
            `GET /api/v1/avatar/config/schema`: members present replace, `null` removes. The result is validated \
            as a whole; an invalid one is refused with 422 and every reason in `validation_errors`.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(type = "object",
                            description = "A merge patch of the configuration document"),
                    examples = @ExampleObject("""
                            {"service_config": {"default_style": "pixel_art"}}
                            """))))
    @ApiResponse(responseCode = "200", description = "Applied (or nothing changed)", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ConfigChangeOutcome.class)))
    @ApiResponse(responseCode = "422", description = "The resulting configuration is invalid; nothing changed",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ConfigChangeOutcome.class)))
    @ProblemResponses(ProblemCode.CONFIG_CONFLICT)
    ResponseEntity<Map<String, Object>> update(@RequestBody JsonNode patch,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        return answer(administration.update(patch, caller.actor()));
    }

    @PostMapping("/api/v1/avatar/config/rollback/{version}")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @Operation(summary = "Roll back to an earlier version", description = "Applies that version's document again as a "
            + "new version.")
    @ApiResponse(responseCode = "200", description = "Applied", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ConfigChangeOutcome.class)))
    @ApiResponse(responseCode = "422", description = "That version is not valid any more; nothing changed",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ConfigChangeOutcome.class)))
    @ProblemResponses({ProblemCode.CONFIG_VERSION_NOT_FOUND, ProblemCode.CONFIG_CONFLICT})
    ResponseEntity<Map<String, Object>> rollback(@PathVariable long version,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        return answer(administration.rollback(version, caller.actor()));
    }

    @GetMapping("/api/v1/avatar/config/versions")
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @Operation(summary = "List the configuration's versions", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "The history",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ConfigHistory.class)))
    Map<String, Object> history(@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "500",
                    defaultValue = "50"))
            @RequestParam(defaultValue = "50") int limit) {
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
    @Operation(summary = "Read the configuration's JSON Schema", description = "Public; for editors and CI checks.")
    @ApiResponse(responseCode = "200", description = "The JSON Schema (draft 2020-12) of the configuration document",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object")))
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
