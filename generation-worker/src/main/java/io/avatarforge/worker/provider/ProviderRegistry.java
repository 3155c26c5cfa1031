package io.avatarforge.worker.provider;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.ProviderConfig;
import io.avatarforge.model.job.JobErrorCode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the implementation for a {@code provider_config} key in the configuration in force. */
@Component
public class ProviderRegistry {

    public record Resolved(String key, ProviderConfig config, ImageProvider provider) {
    }

    private final Map<String, ImageProvider> byType;

    public ProviderRegistry(List<ImageProvider> providers) {
        this.byType = providers.stream().collect(Collectors.toUnmodifiableMap(ImageProvider::type, Function.identity()));
    }

    public Resolved resolve(AvatarConfig config, String key) {
        ProviderConfig providerConfig = config.providerConfig().get(key);
        if (providerConfig == null) {
            throw new ProviderException(JobErrorCode.PROVIDER_NOT_CONFIGURED,
                    "Provider '" + key + "' is not in provider_config", false);
        }
        String type = providerConfig.resolvedType(key);
        ImageProvider provider = byType.get(type);
        if (provider == null) {
            throw new ProviderException(JobErrorCode.PROVIDER_NOT_CONFIGURED,
                    "No implementation for provider type '" + type + "' (provider '" + key + "')", false);
        }
        return new Resolved(key, providerConfig, provider);
    }
}
