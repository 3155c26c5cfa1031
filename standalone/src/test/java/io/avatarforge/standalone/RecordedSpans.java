package io.avatarforge.standalone;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Adds an in-memory span exporter to an app started with {@code --spring.main.sources=} this class: Spring Boot hands
 * every {@code SpanExporter} bean the spans it exports, as it would an OTLP exporter.
 */
@Configuration(proxyBeanMethods = false)
class RecordedSpans {

    @Bean
    InMemorySpanExporter inMemorySpanExporter() {
        return InMemorySpanExporter.create();
    }
}
