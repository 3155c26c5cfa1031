package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/api-keys} (admin scope): create a key (its secret and webhook secret are in this answer only),
 * list, revoke, and rotate its webhook secret (the new one is in that answer only).
 */
@RestController
@Tag(name = "API keys", description = "Keys for apps and backends (admin scope).")
@SecurityRequirement(name = ApiSecurity.API_KEY)
class ApiKeyController {

    /** The answer of the list. */
    record KeyList(List<ApiKeyRepository.KeyView> apiKeys) {
    }

    record CreateKeyRequest(@NotBlank @Size(max = 128) String name, @NotEmpty List<String> scopes,
            @Nullable @Size(max = 128) String userId) {
    }

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping(path = "/api/v1/admin/api-keys", consumes = "application/json")
    @Operation(summary = "Create an API key", description = "Its secret `key` and `webhook_secret` are in this answer "
            + "only. A key with `user_id` acts for that user; scopes are `generate`, `admin`, `trusted_server`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = CreateKeyRequest.class),
                    examples = @ExampleObject("""
                            {"name": "ios-app", "scopes": ["generate"], "user_id": "user-123"}
                            """))))
    @ApiResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The key's path", schema = @Schema(type = "string")))
    ResponseEntity<ApiKeys.CreatedKey> create(@Valid @RequestBody CreateKeyRequest request,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        ApiKeys.CreatedKey created = keys.create(request.name(), request.scopes(), request.userId(), caller);
        return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + created.id()))
                .cacheControl(CacheControl.noStore())
                .body(created);
    }

    @GetMapping("/api/v1/admin/api-keys")
    @Operation(summary = "List the API keys", description = "Without their secrets.")
    KeyList list() {
        return new KeyList(keys.list());
    }

    @PostMapping("/api/v1/admin/api-keys/{id}/webhook-secret/rotate")
    @Operation(summary = "Rotate a key's webhook secret", description = "The new secret is in this answer only; the "
            + "previous one keeps signing until `previous_valid_until`.")
    @ProblemResponses(ProblemCode.API_KEY_NOT_FOUND)
    ResponseEntity<ApiKeys.RotatedWebhookSecret> rotateWebhookSecret(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(keys.rotateWebhookSecret(id));
    }

    @DeleteMapping("/api/v1/admin/api-keys/{id}")
    @Operation(summary = "Revoke an API key")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
