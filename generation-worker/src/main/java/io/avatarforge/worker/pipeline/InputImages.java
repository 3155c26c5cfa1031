package io.avatarforge.worker.pipeline;

import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.model.image.ImageRejectedException;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.image.ImagePreparation;
import io.avatarforge.worker.provider.ProviderException;
import org.springframework.stereotype.Component;

/** A job's uploaded photo as providers get it: read from storage, decoded, upright and small enough. */
@Component
class InputImages {

    private final ImageStore images;
    private final ImagePreparation preparation;

    InputImages(ImageStore images, ImagePreparation preparation) {
        this.images = images;
        this.preparation = preparation;
    }

    /**
     * The gateway only checked the upload's format and header, so a photo whose data is broken fails here, as
     * {@code invalid_image}, never retried; a photo gone from storage fails as {@code input_image_missing}.
     */
    PreparedImage of(GenerationJob job) {
        ImageStore.StoredImage stored = images.get(job.inputImage()).orElseThrow(() -> new ProviderException(
                JobErrorCode.INPUT_IMAGE_MISSING, "The job's input image is no longer in storage", false));
        try {
            return preparation.prepare(stored.bytes());
        } catch (ImageRejectedException e) {
            throw new ProviderException(e.reason().errorCode(), e.getMessage() == null ? "The image was refused"
                    : e.getMessage(), false);
        }
    }
}
