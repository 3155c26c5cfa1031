package io.avatarforge.worker.provider.local;

import io.avatarforge.model.job.JobErrorCode;
import io.avatarforge.worker.provider.GenerationCall;
import io.avatarforge.worker.provider.GenerationResult;
import io.avatarforge.worker.provider.ImageProvider;
import io.avatarforge.worker.provider.ProviderException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The {@code local} provider: the offline stylizer. No network, no key, no cost; the standalone default, so the
 * product works end to end on a laptop.
 */
@Component
class LocalStylizerProvider implements ImageProvider {

    static final String MODEL = "offline-stylizer-1";

    private final OfflineStylizer stylizer = new OfflineStylizer();

    @Override
    public String type() {
        return "local";
    }

    @Override
    public GenerationResult generate(GenerationCall call) {
        BufferedImage input;
        try {
            input = ImageIO.read(new ByteArrayInputStream(call.inputImage()));
        } catch (IOException e) {
            throw new ProviderException(JobErrorCode.INVALID_IMAGE, "The stored input image cannot be decoded",
                    false, e);
        }
        if (input == null) {
            throw new ProviderException(JobErrorCode.INVALID_IMAGE, "The stored input image cannot be decoded",
                    false);
        }
        StyleFamily family = StyleFamily.forStyle(call.styleKey());
        BufferedImage output = stylizer.stylize(input, family);
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 20);
        try {
            ImageIO.write(output, "png", png);
        } catch (IOException e) {
            throw new ProviderException(JobErrorCode.INTERNAL_ERROR, "Could not encode the stylized image", true, e);
        }
        String model = call.providerConfig().model() == null ? MODEL : call.providerConfig().model();
        return new GenerationResult(png.toByteArray(), "image/png", model, BigDecimal.ZERO,
                Map.of("style_family", family.key()));
    }
}
