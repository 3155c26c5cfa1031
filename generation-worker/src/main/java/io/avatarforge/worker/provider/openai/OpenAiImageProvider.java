package io.avatarforge.worker.provider.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.MultipartField;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImagesResponse;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.ProviderConfig.Pricing;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderErrors;
import io.avatarforge.worker.provider.ProviderException;
import io.avatarforge.worker.provider.TokenCost;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * OpenAI GPT Image through the official SDK's {@code images().edit(...)}: the input photo goes up as a multipart part
 * with its filename and true MIME type, the answer comes back as base64 only and is decoded here. The SDK's own
 * retries are off: the resilience layer is the only thing that retries.
 */
@Component
public class OpenAiImageProvider implements ImageProvider, DisposableBean {

    public static final String TYPE = "openai";
    public static final String DEFAULT_MODEL = "gpt-image-2";
    static final String DEFAULT_SIZE = "1024x1024";
    static final String DEFAULT_INPUT_FIDELITY = "high";
    static final String DEFAULT_OUTPUT_FORMAT = "png";

    /**
     * Models that accept {@code input_fidelity}; others reject the parameter (gpt-image-2 always edits at high
     * fidelity and bills input images as such). Dated snapshots ({@code gpt-image-1.5-2025-12-16}) count as their
     * base model.
     */
    static final Set<String> MODELS_WITH_INPUT_FIDELITY = Set.of("gpt-image-1", "gpt-image-1.5");

    /**
     * Built-in dollars per million tokens (text input, image input, image output) for when the config names none.
     * Source: OpenAI's pricing page (openai.com/api/pricing) as quoted in November 2026: gpt-image-2 $5 / $8 / $30;
     * gpt-image-1.5 $5 / $8 / $32; gpt-image-1 $5 / $10 / $40; gpt-image-1-mini $2 / $2.50 / $8. Operators override
     * any of them with {@code pricing_per_million_tokens}.
     */
    static final Map<String, Pricing> DEFAULT_PRICING = Map.of(
            "gpt-image-2", pricing("5", "8", "30"),
            "gpt-image-1.5", pricing("5", "8", "32"),
            "gpt-image-1", pricing("5", "10", "40"),
            "gpt-image-1-mini", pricing("2", "2.50", "8"));

    private final Map<ClientSettings, OpenAIClient> clients = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        ProviderConfig config = call.providerConfig();
        String model = model(config);
        ImageEditParams params = request(call, model);
        ImagesResponse response;
        try {
            response = client(call.providerKey(), config).images().edit(params);
        } catch (RuntimeException e) {
            throw translate(call.providerKey(), model, e);
        }
        return result(call.providerKey(), config, model, response);
    }

    static String model(ProviderConfig config) {
        return config.model() == null || config.model().isBlank() ? DEFAULT_MODEL : config.model().strip();
    }

    static boolean acceptsInputFidelity(String model) {
        return MODELS_WITH_INPUT_FIDELITY.stream().anyMatch(m -> model.equals(m)
                || model.length() > m.length() + 1 && model.startsWith(m + "-")
                        && Character.isDigit(model.charAt(m.length() + 1)));
    }

    ImageEditParams request(GenerationCall call, String model) {
        ProviderConfig config = call.providerConfig();
        StyleTemplate style = call.style();
        String contentType = call.inputContentType();
        MultipartField<ImageEditParams.Image> image = MultipartField.<ImageEditParams.Image>builder()
                .value(ImageEditParams.Image.ofInputStream(new ByteArrayInputStream(call.inputImage())))
                .contentType(contentType)
                .filename("input." + extension(contentType))
                .build();
        ImageEditParams.Builder params = ImageEditParams.builder()
                .image(image)
                .prompt(call.prompt())
                .model(model)
                .n(1L)
                .quality(ImageEditParams.Quality.of(quality(config, call.quality())))
                .size(firstNonBlank(style.size(), config.size(), DEFAULT_SIZE))
                .outputFormat(ImageEditParams.OutputFormat.of(outputFormat(config)));
        if (acceptsInputFidelity(model)) {
            params.inputFidelity(ImageEditParams.InputFidelity.of(firstNonBlank(
                    style.inputFidelity(), config.inputFidelity(), DEFAULT_INPUT_FIDELITY)));
        }
        Object moderation = config.safetySettings() == null ? null : config.safetySettings().get("moderation");
        if (moderation instanceof String level && !level.isBlank()) {
            params.putAdditionalBodyProperty("moderation", JsonValue.from(level));
        }
        return params.build();
    }

    /** The provider's own quality value for a tier, from {@code quality_settings}; the tier's name otherwise. */
    static String quality(ProviderConfig config, String tier) {
        if (config.qualitySettings() != null) {
            ProviderConfig.QualitySetting setting = config.qualitySettings().get(tier);
            if (setting != null && setting.quality() != null && !setting.quality().isBlank()) {
                return setting.quality();
            }
        }
        return tier;
    }

    private static String outputFormat(ProviderConfig config) {
        return firstNonBlank(config.outputFormat(), null, DEFAULT_OUTPUT_FORMAT).toLowerCase(Locale.ROOT);
    }

    private GenerationResult result(String providerKey, ProviderConfig config, String model, ImagesResponse response) {
        String b64 = response.data().flatMap(list -> list.stream().findFirst())
                .flatMap(com.openai.models.images.Image::b64Json)
                .orElseThrow(() -> ProviderErrors.unavailable(providerKey, "the answer held no base64 image", null));
        byte[] image;
        try {
            image = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw ProviderErrors.unavailable(providerKey, "the answer's image was not valid base64", e);
        }
        String format = response.outputFormat().map(Object::toString).orElse(outputFormat(config));
        Map<String, Object> usage = new LinkedHashMap<>();
        BigDecimal cost = BigDecimal.ZERO.setScale(6);
        if (response.usage().isPresent()) {
            ImagesResponse.Usage u = response.usage().get();
            long text = u.inputTokensDetails().textTokens();
            long images = u.inputTokensDetails().imageTokens();
            long output = u.outputTokens();
            usage.put("input_tokens", u.inputTokens());
            usage.put("input_text_tokens", text);
            usage.put("input_image_tokens", images);
            usage.put("output_tokens", output);
            usage.put("total_tokens", u.totalTokens());
            cost = TokenCost.dollars(TokenCost.effective(config.pricingPerMillionTokens(), DEFAULT_PRICING, model),
                    text, images, output);
        }
        return new GenerationResult(image, contentType(format), model, cost, usage);
    }

    static ProviderException translate(String providerKey, String model, RuntimeException e) {
        if (e instanceof ProviderException already) {
            return already;
        }
        if (e instanceof OpenAIServiceException service) {
            String message = message(service);
            String code = service.code().orElse("");
            if ("moderation_blocked".equals(code) || "content_policy_violation".equals(code)) {
                return ProviderErrors.contentPolicy(providerKey, message);
            }
            if ("model_not_found".equals(code) || service instanceof NotFoundException
                    || ("model".equals(service.param().orElse("")) && ProviderErrors.mentionsMissingModel(message))) {
                return ProviderErrors.modelUnavailable(providerKey, model, message);
            }
            return ProviderErrors.fromHttpStatus(providerKey, service.statusCode(), message,
                    ProviderErrors.retryAfter(first(service, "retry-after-ms"), first(service, "retry-after")));
        }
        if (e instanceof OpenAIIoException || e instanceof OpenAIRetryableException) {
            return ProviderErrors.unavailable(providerKey, "connection failed or timed out ("
                    + Objects.toString(e.getMessage(), e.getClass().getSimpleName()) + ")", e);
        }
        return ProviderErrors.unavailable(providerKey, "unexpected client error " + e.getClass().getSimpleName(), e);
    }

    /** The provider's message without the SDK's "400: " prefix. */
    private static String message(OpenAIServiceException e) {
        String message = Objects.toString(e.getMessage(), "HTTP " + e.statusCode());
        String prefix = e.statusCode() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static @Nullable String first(OpenAIServiceException e, String header) {
        return e.headers().values(header).stream().findFirst().orElse(null);
    }

    private OpenAIClient client(String providerKey, ProviderConfig config) {
        if (config.apiKey() == null || config.apiKey().isBlank()) {
            throw ProviderErrors.authFailed(providerKey, "no api_key is configured");
        }
        int timeout = config.timeoutSeconds() == null || config.timeoutSeconds() <= 0 ? 60 : config.timeoutSeconds();
        ClientSettings settings = new ClientSettings(config.apiKey(), config.baseUrl(), config.organization(), timeout);
        return clients.computeIfAbsent(settings, s -> {
            OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder()
                    .apiKey(s.apiKey())
                    .maxRetries(0)
                    .timeout(Duration.ofSeconds(s.timeoutSeconds()));
            if (s.baseUrl() != null && !s.baseUrl().isBlank()) {
                builder.baseUrl(s.baseUrl());
            }
            if (s.organization() != null && !s.organization().isBlank()) {
                builder.organization(s.organization());
            }
            return builder.build();
        });
    }

    @Override
    public void destroy() {
        clients.values().forEach(OpenAIClient::close);
        clients.clear();
    }

    /** One client per distinct connection setting, so a config change takes effect without a restart. */
    private record ClientSettings(String apiKey, @Nullable String baseUrl, @Nullable String organization,
            int timeoutSeconds) {
        @Override
        public String toString() {
            return "ClientSettings[baseUrl=" + baseUrl + "]";
        }
    }

    static String extension(String contentType) {
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/jpg" -> "jpg";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            default -> "png";
        };
    }

    static String contentType(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> "image/jpeg";
            case "webp" -> "image/webp";
            default -> "image/png";
        };
    }

    private static String firstNonBlank(@Nullable String first, @Nullable String second, String fallback) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second != null && !second.isBlank() ? second.strip() : fallback;
    }

    private static Pricing pricing(String text, String image, String output) {
        return new Pricing(new BigDecimal(text), new BigDecimal(image), new BigDecimal(output));
    }
}
