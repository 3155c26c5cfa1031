package io.avatarforge.gateway.openai;

import io.avatarforge.gateway.generate.GenerationService;
import io.avatarforge.gateway.job.BaseUrls;
import io.avatarforge.gateway.job.JobViews;
import io.avatarforge.gateway.security.Caller;
import io.avatarforge.model.api.GenerateAvatarRequest;
import io.avatarforge.model.api.GenerationSuccessResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.avatarforge.platform.image.ImagePreparation;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /v1/images/edits} and {@code GET /v1/models} as OpenAI's SDKs call them. An edit is a synchronous
 * {@code POST /api/v1/avatar/generate}: the same intake (rate limits, style, quality, image checks, budget
 * reservation), the same job row and usage, {@code user} trusted exactly like {@code user_id}. Its errors are OpenAI's
 * ({@link OpenAiErrorAdvice}).
 */
@RestController
@Tag(name = "OpenAI-compatible", description = "OpenAI's image edit and model list, for apps written against "
        + "OpenAI's SDKs: set the SDK's base URL to this server's /v1. Errors are OpenAI's error objects.")
class OpenAiController {

    static final String EDITS = "/v1/images/edits";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final GenerationService generation;
    private final JobViews views;
    private final ImageStore images;
    private final AvatarConfigHolder config;
    private final BaseUrls baseUrls;
    // Reads only the result's header (format, dimensions); the worker already checked the image against every limit.
    private final ImagePreparation results = new ImagePreparation(Long.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE);

    OpenAiController(GenerationService generation, JobViews views, ImageStore images, AvatarConfigHolder config,
            BaseUrls baseUrls) {
        this.generation = generation;
        this.views = views;
        this.images = images;
        this.config = config;
        this.baseUrls = baseUrls;
    }

    @PostMapping(path = EDITS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ProblemResponses(problemJson = false)
    @SecurityRequirement(name = ApiSecurity.API_KEY)
    @Operation(summary = "Edit an image (OpenAI-compatible): turn a photo into an avatar of the style named by model",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = ImageEditDocument.class))))
    @ApiResponse(responseCode = "200", description = "The avatar",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiImagesResponse.class)))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or invalid, or the image is not usable",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "401", description = "No API key, or one that is not valid (invalid_api_key)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "403", description = "The key lacks the generate scope",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "404", description = "model names no style (model_not_found)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "413", description = "The image is over the size or pixel limit",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "415", description = "The body is not multipart/form-data, or the image is not a PNG, "
            + "JPEG or WebP image",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "422", description = "The image turned out to be unusable when generating",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "429", description = "A rate limit or a budget is used up",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds until a retry may succeed",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "500", description = "The service failed unexpectedly",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "502", description = "The generation failed upstream",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "503", description = "The provider is unavailable or rate limited; retry later",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    @ApiResponse(responseCode = "504", description = "Not done within the service's sync timeout; the job keeps "
            + "going (the message names it) and this answer says x-should-retry: false, so that no SDK submits it "
            + "again",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    CompletableFuture<OpenAiImagesResponse> edit(
            @Parameter(hidden = true) @RequestPart(name = "image", required = false) @Nullable MultipartFile image,
            @Parameter(hidden = true) @RequestPart(name = "image[]", required = false)
            @Nullable List<MultipartFile> imageList,
            @Parameter(hidden = true) @RequestPart(name = "mask", required = false) @Nullable MultipartFile mask,
            @Parameter(hidden = true) @Valid @ModelAttribute ImageEditForm form) {
        // The SDKs send one image as "image" and several as "image[]"; the first is the photo.
        MultipartFile photo = image != null ? image : imageList == null || imageList.isEmpty() ? null
                : imageList.getFirst();
        if (photo == null || photo.isEmpty()) {
            throw OpenAiException.invalid("image", "missing_required_parameter",
                    "Missing required parameter: 'image'.");
        }
        if (mask != null) {
            throw OpenAiException.invalid("mask", "unsupported_parameter", "mask is not supported: the style "
                    + "transforms the whole photo.");
        }
        Caller caller = Caller.current();
        String baseUrl = baseUrls.current();
        GenerateAvatarRequest request = new GenerateAvatarRequest(form.prompt(), null, form.model(),
                form.qualityTier(), false, false, form.user(), null, null);
        Duration timeout = Duration.ofSeconds(config.config().serviceConfig().defaultTimeoutSeconds());
        return generation.submitAndWait(request, bytesOf(photo), caller, timeout)
                .thenApply(job -> answer(job, form, baseUrl));
    }

    @GetMapping("/v1/models")
    @ProblemResponses(problemJson = false)
    @Operation(summary = "List the styles as models (OpenAI-compatible)")
    @ApiResponse(responseCode = "200", description = "The styles of the live configuration",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiModels.class)))
    OpenAiModels models() {
        return OpenAiModels.of(config.config().styleTemplates().keySet().stream().sorted()
                .map(OpenAiModels.Model::of).toList());
    }

    @GetMapping("/v1/models/{model}")
    @ProblemResponses(problemJson = false)
    @Operation(summary = "One style as a model (OpenAI-compatible)")
    @ApiResponse(responseCode = "200", description = "The style exists",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiModels.Model.class)))
    @ApiResponse(responseCode = "404", description = "No such style (model_not_found)",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = OpenAiError.class)))
    OpenAiModels.Model model(@PathVariable String model) {
        if (config.config().style(model).isEmpty()) {
            throw new OpenAiException(HttpStatus.NOT_FOUND, "model_not_found", "model",
                    "The model '" + model + "' does not exist: it is no style of this service.", HttpHeaders.EMPTY);
        }
        return OpenAiModels.Model.of(model);
    }

    /** An edit whose body is not multipart/form-data (the SDKs always send multipart). */
    @Hidden
    @PostMapping(EDITS)
    void notMultipart() {
        throw new OpenAiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", null,
                "POST /v1/images/edits takes multipart/form-data", HttpHeaders.EMPTY);
    }

    /** Any other path under /v1, answered as OpenAI answers an unknown route (the SDKs raise NotFoundError). */
    @Hidden
    @RequestMapping(path = "/v1/**", method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
        RequestMethod.PATCH, RequestMethod.DELETE})
    void unknown(HttpServletRequest request) {
        throw new OpenAiException(HttpStatus.NOT_FOUND, "unknown_url", null,
                "Invalid URL (" + request.getMethod() + " " + request.getRequestURI() + ")", HttpHeaders.EMPTY);
    }

    private OpenAiImagesResponse answer(GenerationJob job, ImageEditForm form, String baseUrl) {
        if (!job.state().isTerminal()) {
            HttpHeaders headers = new HttpHeaders();
            // Stainless-generated SDKs (OpenAI's) retry 5xx unless told not to; a retry would start a second job.
            headers.set("x-should-retry", "false");
            throw new OpenAiException(HttpStatus.GATEWAY_TIMEOUT, "generation_timeout", null, "The avatar was not "
                    + "done within " + config.config().serviceConfig().defaultTimeoutSeconds() + " s; job " + job.id()
                    + " keeps going: GET /api/v1/avatar/status/" + job.id() + " has it when done.", headers);
        }
        if (job.state() != JobState.COMPLETED) {
            throw JobViews.failureOf(job);
        }
        GenerationSuccessResponse success = views.successOf(job, baseUrl);
        byte[] bytes = images.get(Objects.requireNonNull(job.resultImage())).orElseThrow(
                () -> new IllegalStateException("The result image of completed job " + job.id() + " is gone"))
                .bytes();
        ImagePreparation.Inspected result = results.inspect(bytes);
        String b64 = form.wantsUrlOnly() ? null : Base64.getEncoder().encodeToString(bytes);
        return new OpenAiImagesResponse(job.createdAt().getEpochSecond(),
                List.of(new OpenAiImagesResponse.Image(b64, Objects.requireNonNull(success.imageUrl()))),
                OpenAiImagesResponse.Usage.of(success.metadata().usage()),
                result.format().name().toLowerCase(Locale.ROOT), job.quality(),
                result.width() + "x" + result.height());
    }

    private static byte[] bytesOf(MultipartFile photo) {
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
