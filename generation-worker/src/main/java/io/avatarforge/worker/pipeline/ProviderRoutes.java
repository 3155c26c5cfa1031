package io.avatarforge.worker.pipeline;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.StyleTemplate;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.worker.provider.ProviderException;
import io.avatarforge.worker.provider.ProviderRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The providers a job may be served by, in the order they are tried. */
@Component
class ProviderRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRoutes.class);

    private final ProviderRegistry providers;

    ProviderRoutes(ProviderRegistry providers) {
        this.providers = providers;
    }

    /**
     * The job's provider first (the gateway chose it from the style or the default), with the style's model; then
     * {@code service_config.fallback_providers} in order, each with its own model. A fallback that is not usable is
     * skipped with a warning; an unusable primary fails the job.
     */
    List<ProviderRegistry.Resolved> of(AvatarConfig config, GenerationJob job, StyleTemplate style) {
        ProviderRegistry.Resolved primary = providers.resolve(config, job.provider());
        List<ProviderRegistry.Resolved> routes = new ArrayList<>();
        routes.add(new ProviderRegistry.Resolved(primary.key(), primary.config().withModel(style.model()),
                primary.provider()));
        Set<String> seen = new LinkedHashSet<>(List.of(primary.key()));
        List<String> fallbacks = config.serviceConfig().fallbackProviders();
        for (String key : fallbacks == null ? List.<String>of() : fallbacks) {
            if (!seen.add(key)) {
                continue;
            }
            try {
                routes.add(providers.resolve(config, key));
            } catch (ProviderException e) {
                LOG.warn("Fallback provider {} is not usable: {}", key, e.getMessage());
            }
        }
        return routes;
    }
}
