package io.avatarforge.gateway.config;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.model.config.ServiceConfig;
import io.avatarforge.model.job.Quality;
import io.avatarforge.platform.config.AvatarConfigHolder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What anyone may read of the configuration: what an app needs to build its request and its style picker, in the
 * document's own shape so that a client reads {@code config.service_config.default_style} from either view. By an
 * allow-list, so a setting added later stays private until it is added here: no provider settings, credentials, rate
 * limits, budgets or cost limits, nothing that tells an attacker how much it takes to exhaust the service.
 */
final class PublicConfigView {

    private PublicConfigView() {
    }

    static Map<String, Object> of(AvatarConfigHolder.Versioned current) {
        AvatarConfig config = current.config();
        ServiceConfig service = config.serviceConfig();
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("default_style", service.defaultStyle());
        defaults.put("default_quality", service.defaultQuality());
        // A request without "async" waits for its result: the API's default, not a setting.
        defaults.put("default_async", false);
        defaults.put("default_timeout_seconds", service.defaultTimeoutSeconds());
        Map<String, Object> styles = new LinkedHashMap<>();
        config.styleTemplates().forEach((key, style) -> styles.put(key, Map.of("description", style.shownDescription())));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("service_config", defaults);
        view.put("quality_tiers", Arrays.stream(Quality.values()).map(Quality::apiName).toList());
        view.put("style_templates", styles);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", current.version());
        body.put("view", "public");
        body.put("config", view);
        return body;
    }
}
