package io.avatarforge.gateway.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
class ApiKeyController {

    record CreateKeyRequest(@NotBlank @Size(max = 128) String name, @NotEmpty List<String> scopes,
            @Nullable @Size(max = 128) String userId) {
    }

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping(path = "/api/v1/admin/api-keys", consumes = "application/json")
    ResponseEntity<ApiKeys.CreatedKey> create(@Valid @RequestBody CreateKeyRequest request,
            @AuthenticationPrincipal ApiKeyPrincipal caller) {
        ApiKeys.CreatedKey created = keys.create(request.name(), request.scopes(), request.userId(), caller);
        return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + created.id()))
                .cacheControl(CacheControl.noStore())
                .body(created);
    }

    @GetMapping("/api/v1/admin/api-keys")
    Map<String, Object> list() {
        return Map.of("api_keys", keys.list());
    }

    @PostMapping("/api/v1/admin/api-keys/{id}/webhook-secret/rotate")
    ResponseEntity<ApiKeys.RotatedWebhookSecret> rotateWebhookSecret(@PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(keys.rotateWebhookSecret(id));
    }

    @DeleteMapping("/api/v1/admin/api-keys/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
