package io.avatarforge.gateway.web.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Nullness of records as the wire has it. The code base is {@code @NullMarked}: a record component without
 * {@code @Nullable} is never null, so in an answer it is always sent ({@code required}), and one with {@code @Nullable}
 * may be sent as {@code null} ({@code nullable}). A request record (one with Bean Validation constraints) is
 * {@code required} only where a constraint enforces it (swagger-core reads those), and {@code @NotBlank} also means at
 * least one character that is not white space.
 */
class RecordSchemas implements ModelConverter {

    private static final List<Class<? extends Annotation>> PRESENT = List.of(NotNull.class, NotBlank.class,
            NotEmpty.class);
    private static final String NOT_BLANK = "^[\\s\\S]*\\S[\\s\\S]*$";

    private final @Nullable PropertyNamingStrategy naming;

    RecordSchemas(@Nullable PropertyNamingStrategy naming) {
        this.naming = naming;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context,
            Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved != null && raw != null && raw.isRecord()) {
            Schema model = resolved.get$ref() == null ? resolved
                    : context.getDefinedModels().get(resolved.get$ref().replace("#/components/schemas/", ""));
            if (model != null && model.getProperties() != null) {
                describe(raw, model);
            }
        }
        return resolved;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describe(Class<?> record, Schema model) {
        RecordComponent[] components = record.getRecordComponents();
        boolean request = Arrays.stream(components).anyMatch(RecordSchemas::isConstrained);
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : components) {
            String name = wireName(component.getName());
            Schema property = properties.get(name);
            if (property == null) {
                continue;
            }
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                    && PRESENT.stream().noneMatch(a -> annotated(component, a));
            if (nullable && property.get$ref() != null) {
                // OpenAPI 3.0 ignores siblings of $ref: a nullable reference is an allOf of one.
                properties.put(name, new ComposedSchema().addAllOfItem(property).nullable(true));
            } else if (nullable) {
                property.setNullable(true);
            } else if (!request && (model.getRequired() == null || !model.getRequired().contains(name))) {
                model.addRequiredItem(name);
            }
            if (isOpenMap(component)) {
                // A Map<String, Object> holds any JSON values, not only objects as swagger-core says.
                property.setAdditionalProperties(true);
            }
            if (annotated(component, NotBlank.class) && "string".equals(property.getType())) {
                property.setMinLength(Math.max(1, property.getMinLength() == null ? 0 : property.getMinLength()));
                property.setPattern(NOT_BLANK);
            }
        }
        if (model.getRequired() != null) {
            model.getRequired().sort(null);
        }
    }

    private static boolean isOpenMap(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType map && Map.class.equals(map.getRawType())
                && Object.class.equals(map.getActualTypeArguments()[1]);
    }

    private String wireName(String name) {
        return naming instanceof PropertyNamingStrategies.NamingBase base ? base.translate(name) : name;
    }

    private static boolean isConstrained(RecordComponent component) {
        return Arrays.stream(annotations(component))
                .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.validation.constraints"));
    }

    private static boolean annotated(RecordComponent component, Class<? extends Annotation> type) {
        return Arrays.stream(annotations(component)).anyMatch(type::isInstance);
    }

    /** Constraints are type-use annotations too: on the component's type, or on the component itself. */
    private static Annotation[] annotations(RecordComponent component) {
        AnnotatedElement type = component.getAnnotatedType();
        Annotation[] onType = type.getAnnotations();
        Annotation[] onComponent = component.getAnnotations();
        Annotation[] all = Arrays.copyOf(onType, onType.length + onComponent.length);
        System.arraycopy(onComponent, 0, all, onType.length, onComponent.length);
        return all;
    }
}
