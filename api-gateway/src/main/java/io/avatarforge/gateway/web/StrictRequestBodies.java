package io.avatarforge.gateway.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies refuse properties they do not declare (400 {@code unknown_field}, see {@link ProblemDetailsAdvice}),
 * so a misspelt or camelCase field ({@code styleConfig}) is never silently dropped. Only the API's JSON converter reads
 * strictly: the application's mapper stays lenient for stored rows and events a newer version may have written.
 */
@Configuration(proxyBeanMethods = false)
class StrictRequestBodies {

    /** After Boot's own JSON converter customizer (order 0), so this converter replaces the one it registered. */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer strictJsonRequestBodies(JsonMapper jsonMapper) {
        JsonMapper strict = jsonMapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }
}
