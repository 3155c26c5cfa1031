package io.avatarforge.gateway.images;

import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.job.ImageUrlSigner;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves generated avatars to holders of a valid signed URL (local-disk store); an image deleted by retention or
 * erasure answers 410 {@code image_expired}.
 */
@RestController
@Tag(name = "Images", description = "Generated avatars, behind signed URLs.")
class ImagesController {

    private final GatewayJobRepository jobs;
    private final ImageStore images;
    private final ImageUrlSigner signer;

    ImagesController(GatewayJobRepository jobs, ImageStore images, ImageUrlSigner signer) {
        this.jobs = jobs;
        this.images = images;
        this.signer = signer;
    }

    @GetMapping("/api/v1/avatar/images/{id}")
    @Operation(summary = "Download a generated avatar", description = "Use the `image_url` of a result or status "
            + "as it is: its `expires` and `signature` are required, and a fresh one comes with every status read.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "302", description = "The image lives in a storage bucket: follow `Location`, a "
            + "signed URL of the bucket (a gateway URL handed out before the store moved there)",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Location", required = true,
                    schema = @Schema(type = "string", format = "uri")))
    @ProblemResponses({ProblemCode.INVALID_SIGNATURE, ProblemCode.IMAGE_NOT_FOUND, ProblemCode.IMAGE_EXPIRED})
    ResponseEntity<byte[]> image(@PathVariable String id,
            @Parameter(required = true, description = "Unix time the URL expires at",
                    schema = @Schema(type = "integer", format = "int64"))
            @RequestParam(defaultValue = "0") long expires,
            @Parameter(required = true, description = "The URL's signature", schema = @Schema(type = "string"))
            @RequestParam(defaultValue = "") String signature) {
        // An unknown id and a bad signature answer alike, so the endpoint reveals nothing about which ids exist.
        JobId avatarId = JobId.parse(id).orElseThrow(ImagesController::notFound);
        if (!signer.isValid(avatarId, expires, signature)) {
            throw new ApiProblemException(ProblemCode.INVALID_SIGNATURE,
                    "The image URL is invalid or has expired; fetch a fresh one from the status endpoint");
        }
        GenerationJob job = jobs.find(avatarId).orElseThrow(ImagesController::notFound);
        ImageRef result = job.resultImage();
        if (result == null) {
            throw notFound();
        }
        if (job.resultPurged()) {
            throw new ApiProblemException(ProblemCode.IMAGE_EXPIRED,
                    "The image was deleted: its retention period ended, or it was erased on request");
        }
        Optional<String> direct = images.directUrl(result);
        if (direct.isPresent()) {
            // A gateway URL handed out before the store moved to a bucket: the client follows to the bucket, the
            // gateway does not carry the bytes.
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(direct.get())).build();
        }
        ImageStore.StoredImage image = images.get(result).orElseThrow(ImagesController::notFound);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(image.bytes());
    }

    private static ApiProblemException notFound() {
        return new ApiProblemException(ProblemCode.IMAGE_NOT_FOUND, "No image exists for this id");
    }
}
