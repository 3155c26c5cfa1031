package io.avatarforge.gateway.web.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Wires the document: the info block, the security schemes, snake_case schemas, {@link ApiDocumentCustomizer} and
 * {@link OperationExamples}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /**
     * Schemas named as the application's Jackson names properties on the wire. springdoc introspects types with its own
     * (Jackson 2) mapper, which knows nothing of {@code spring.jackson.property-naming-strategy}; this resolver gets the
     * same strategy, read from the same property, so the document cannot name a field differently from the server.
     */
    // It replaces swagger-core's own resolver; first in springdoc's list of converters, so it is registered first and
    // the others (springdoc's unwrapping of ResponseEntity, ...) still run before it.
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver snakeCaseModelResolver(Environment environment) {
        ObjectMapper mapper = Json.mapper().copy();
        namingStrategy(environment).ifPresent(mapper::setPropertyNamingStrategy);
        return new ModelResolver(mapper);
    }

    @Bean
    RecordSchemas recordSchemas(Environment environment) {
        return new RecordSchemas(namingStrategy(environment).orElse(null));
    }

    @Bean
    OpenAPI avatarForgeOpenApi(ObjectProvider<BuildProperties> build) {
        String version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("dev");
        return new OpenAPI()
                // Relative: the document is the same on every host, so the committed copy matches the served one.
                .servers(List.of(new Server().url("/")))
                .info(new Info()
                        .title("Avatar Forge API")
                        .version(version)
                        .description("""
                                Turns a photo plus a prompt into a styled avatar. Submit with \
                                `POST /api/v1/avatar/generate` (synchronously, or `async: true` for 202 and a status \
                                URL to poll), read the job at `/api/v1/avatar/status/{jobId}`, download the signed \
                                `image_url`. Property names are snake_case; unknown properties are refused with 400 \
                                `unknown_field`. Every refusal is `application/problem+json` (RFC 9457) with a stable \
                                `code`.""")
                        .contact(new Contact().name("Avatar Forge maintainers"))
                        .license(new License().name("Apache-2.0")
                                .url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(ApiSecurity.API_KEY, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API key issued by an admin (`POST /api/v1/admin/api-keys`)."))
                        .addSecuritySchemes(ApiSecurity.FIREBASE_ID_TOKEN, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A Firebase Authentication ID token of the app's signed-in user.")));
    }

    @Bean
    ApiDocumentCustomizer apiDocumentCustomizer() {
        return new ApiDocumentCustomizer();
    }

    @Bean
    OperationExamples operationExamples() {
        return new OperationExamples();
    }

    @Bean
    GenerateAnswerSchema generateAnswerSchema() {
        return new GenerateAnswerSchema();
    }

    private static Optional<PropertyNamingStrategy> namingStrategy(Environment environment) {
        String name = environment.getProperty("spring.jackson.property-naming-strategy");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of((PropertyNamingStrategy) PropertyNamingStrategies.class.getField(name.strip()).get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("spring.jackson.property-naming-strategy=" + name
                    + " is not a PropertyNamingStrategies constant the API document can use", e);
        }
    }
}
