package io.avatarforge.worker.provider.gemini;

import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.Blob;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.ImageConfig;
import com.google.genai.types.ModalityTokenCount;
import com.google.genai.types.Part;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.ProviderConfig.Pricing;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderErrors;
import io.avatarforge.worker.provider.ProviderException;
import io.avatarforge.worker.provider.TokenCost;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Gemini image models through the official google-genai SDK: one {@code generateContent} call with the photo as an
 * inline part and the prompt as text, asking for IMAGE (and TEXT) back. The SDK's own retries are off (one attempt):
 * the resilience layer is the only thing that retries.
 */
@Component
public class GeminiImageProvider implements ImageProvider, DisposableBean {

    private static final java.util.regex.Pattern RETRY_DELAY = java.util.regex.Pattern.compile(
            "(?i)retry in (\\d+(?:\\.\\d+)?)s|\"retryDelay\"\\s*:\\s*\"(\\d+(?:\\.\\d+)?)s\"");

    public static final String TYPE = "gemini";
    public static final String DEFAULT_MODEL = "gemini-2.5-flash-image";

    /**
     * Built-in dollars per million tokens when the config names none. Source: Google's Gemini API pricing page
     * (ai.google.dev/gemini-api/docs/pricing) for gemini-2.5-flash-image: $0.30 input (text and image), $30 output
     * (an image is 1290 output tokens, $0.039). Output text tokens are billed at the output rate too, a slight
     * over-estimate for the few words the model adds.
     */
    static final Map<String, Pricing> DEFAULT_PRICING = Map.of(
            "gemini-2.5-flash-image", new Pricing(new BigDecimal("0.30"), new BigDecimal("0.30"), new BigDecimal("30")));

    /** Finish reasons that mean the model's safety filters refused the prompt, the input or the output. */
    static final Set<FinishReason.Known> POLICY_FINISH = Set.of(FinishReason.Known.SAFETY,
            FinishReason.Known.IMAGE_SAFETY, FinishReason.Known.PROHIBITED_CONTENT,
            FinishReason.Known.IMAGE_PROHIBITED_CONTENT, FinishReason.Known.BLOCKLIST, FinishReason.Known.SPII);

    private final Map<ClientSettings, Client> clients = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        ProviderConfig config = call.providerConfig();
        String model = config.model() == null || config.model().isBlank() ? DEFAULT_MODEL : config.model().strip();
        Content content = Content.fromParts(Part.fromBytes(call.inputImage(), call.inputContentType()),
                Part.fromText(call.prompt()));
        GenerateContentConfig.Builder request = GenerateContentConfig.builder().responseModalities("IMAGE", "TEXT");
        String aspect = aspectRatio(call.style().size() != null ? call.style().size() : config.size());
        if (aspect != null) {
            request.imageConfig(ImageConfig.builder().aspectRatio(aspect).build());
        }
        GenerateContentResponse response;
        try {
            response = client(call.providerKey(), config).models.generateContent(model, content, request.build());
        } catch (RuntimeException e) {
            throw translate(call.providerKey(), model, e);
        }
        return result(call.providerKey(), config, model, response);
    }

    private GenerationResult result(String providerKey, ProviderConfig config, String model,
            GenerateContentResponse response) {
        Optional<String> blocked = response.promptFeedback().flatMap(f -> f.blockReason()).map(Object::toString);
        if (blocked.isPresent()) {
            throw ProviderErrors.contentPolicy(providerKey, "prompt blocked (" + blocked.get() + ")");
        }
        List<Candidate> candidates = response.candidates().orElse(List.of());
        Optional<Blob> image = candidates.stream()
                .flatMap(c -> c.content().flatMap(Content::parts).orElse(List.of()).stream())
                .flatMap(p -> p.inlineData().stream())
                .filter(b -> b.data().isPresent())
                .findFirst();
        if (image.isEmpty()) {
            Optional<FinishReason> finish = candidates.stream().findFirst().flatMap(Candidate::finishReason);
            if (finish.isPresent() && POLICY_FINISH.contains(finish.get().knownEnum())) {
                throw ProviderErrors.contentPolicy(providerKey, "generation stopped (" + finish.get() + ")");
            }
            throw ProviderErrors.unavailable(providerKey, "the answer held no image (finish reason "
                    + finish.map(Object::toString).orElse("none") + ")", null);
        }
        Map<String, Object> usage = new LinkedHashMap<>();
        BigDecimal cost = BigDecimal.ZERO.setScale(6);
        if (response.usageMetadata().isPresent()) {
            GenerateContentResponseUsageMetadata u = response.usageMetadata().get();
            long prompt = u.promptTokenCount().orElse(0);
            long imageIn = modality(u.promptTokensDetails(), "IMAGE");
            long textIn = u.promptTokensDetails().isPresent() ? modality(u.promptTokensDetails(), "TEXT")
                    : prompt - imageIn;
            long output = u.candidatesTokenCount().orElse(0) + u.thoughtsTokenCount().orElse(0);
            usage.put("input_tokens", prompt);
            usage.put("input_text_tokens", textIn);
            usage.put("input_image_tokens", imageIn);
            usage.put("output_tokens", output);
            usage.put("total_tokens", u.totalTokenCount().orElse((int) (prompt + output)));
            cost = TokenCost.dollars(TokenCost.effective(config.pricingPerMillionTokens(), DEFAULT_PRICING, model),
                    textIn, imageIn, output);
        }
        Blob blob = image.get();
        return new GenerationResult(blob.data().orElseThrow(), blob.mimeType().orElse("image/png"), model, cost,
                usage);
    }

    private static long modality(Optional<List<ModalityTokenCount>> details, String modality) {
        return details.orElse(List.of()).stream()
                .filter(d -> d.modality().map(m -> m.toString().equalsIgnoreCase(modality)).orElse(false))
                .mapToLong(d -> d.tokenCount().orElse(0))
                .sum();
    }

    static ProviderException translate(String providerKey, String model, RuntimeException e) {
        if (e instanceof ProviderException already) {
            return already;
        }
        if (e instanceof ApiException api) {
            String message = Objects.toString(api.message(), "HTTP " + api.code());
            String status = Objects.toString(api.status(), "");
            if (api.code() == 404 || "NOT_FOUND".equals(status)
                    || api.code() == 400 && ProviderErrors.mentionsMissingModel(message)) {
                return ProviderErrors.modelUnavailable(providerKey, model, message);
            }
            if (api.code() == 400 && message.toLowerCase(Locale.ROOT).contains("api key")) {
                // Gemini answers a bad or expired key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID).
                return ProviderErrors.authFailed(providerKey, message);
            }
            if (api.code() == 400 && message.toLowerCase(Locale.ROOT).contains("safety")) {
                return ProviderErrors.contentPolicy(providerKey, message);
            }
            return ProviderErrors.fromHttpStatus(providerKey, api.code(), message,
                    api.code() == 429 ? retryDelay(message) : null);
        }
        if (e instanceof GenAiIOException) {
            return ProviderErrors.unavailable(providerKey, "connection failed or timed out ("
                    + Objects.toString(e.getMessage(), e.getClass().getSimpleName()) + ")", e);
        }
        return ProviderErrors.unavailable(providerKey, "unexpected client error " + e.getClass().getSimpleName(), e);
    }

    /**
     * Gemini's 429 carries its delay in the error's {@code RetryInfo} detail ({@code "retryDelay": "21s"}), which the
     * SDK does not surface as a field; the API repeats it in the message ("Please retry in 21.36s."), which the SDK
     * keeps. Either form is read; null when neither is there (the backoff schedule applies).
     */
    static @Nullable Duration retryDelay(String message) {
        java.util.regex.Matcher matcher = RETRY_DELAY.matcher(message);
        if (!matcher.find()) {
            return null;
        }
        String seconds = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
    }

    /** Gemini takes an aspect ratio, not pixels: "1024x1536" becomes "2:3". */
    static @Nullable String aspectRatio(@Nullable String size) {
        if (size == null || !size.matches("\\d+x\\d+")) {
            return null;
        }
        String[] parts = size.split("x");
        int w = Integer.parseInt(parts[0]);
        int h = Integer.parseInt(parts[1]);
        if (w == 0 || h == 0) {
            return null;
        }
        int g = BigInteger.valueOf(w).gcd(BigInteger.valueOf(h)).intValue();
        return (w / g) + ":" + (h / g);
    }

    private Client client(String providerKey, ProviderConfig config) {
        if (config.apiKey() == null || config.apiKey().isBlank()) {
            throw ProviderErrors.authFailed(providerKey, "no api_key is configured");
        }
        int timeout = config.timeoutSeconds() == null || config.timeoutSeconds() <= 0 ? 60 : config.timeoutSeconds();
        ClientSettings settings = new ClientSettings(config.apiKey(), config.baseUrl(), timeout);
        return clients.computeIfAbsent(settings, s -> {
            HttpOptions.Builder http = HttpOptions.builder()
                    .timeout(s.timeoutSeconds() * 1000)
                    .retryOptions(HttpRetryOptions.builder().attempts(1).build());
            if (s.baseUrl() != null && !s.baseUrl().isBlank()) {
                http.baseUrl(s.baseUrl());
            }
            return Client.builder().apiKey(s.apiKey()).httpOptions(http.build()).build();
        });
    }

    @Override
    public void destroy() {
        clients.values().forEach(Client::close);
        clients.clear();
    }

    private record ClientSettings(String apiKey, @Nullable String baseUrl, int timeoutSeconds) {
        @Override
        public String toString() {
            return "ClientSettings[baseUrl=" + baseUrl + "]";
        }
    }
}
