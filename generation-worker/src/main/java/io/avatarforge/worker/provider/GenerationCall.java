package io.avatarforge.worker.provider;

import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.JobId;

/** Everything a provider needs for one job: the built prompt, the prepared input image and the settings in force. */
public record GenerationCall(
        JobId jobId,
        String prompt,
        byte[] inputImage,
        String inputContentType,
        String quality,
        String styleKey,
        StyleTemplate style,
        String providerKey,
        ProviderConfig providerConfig) {
}
