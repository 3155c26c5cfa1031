package io.avatarforge.gateway.security;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The API document's {@code scopes} of a key request: exactly {@link ApiKeyScopes#ALL}, the ones the server accepts. */
@Component
class ApiKeyScopesDocumentation implements OpenApiCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Schema request = openApi.getComponents().getSchemas().get("CreateKeyRequest");
        Schema scopes = request == null || request.getProperties() == null ? null
                : (Schema) request.getProperties().get("scopes");
        if (scopes != null && scopes.getItems() != null) {
            scopes.getItems().setEnum(new ArrayList<>(new TreeSet<>(ApiKeyScopes.ALL)));
        }
    }
}
