package io.avatarforge.gateway.styles;

import io.avatarforge.model.api.StyleSummary;
import io.avatarforge.platform.config.AvatarConfigHolder;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/styles}: the styles of the live configuration, for client style pickers. */
@RestController
class StylesController {

    private final AvatarConfigHolder config;

    StylesController(AvatarConfigHolder config) {
        this.config = config;
    }

    @GetMapping("/api/v1/avatar/styles")
    Map<String, Object> styles() {
        List<StyleSummary> styles = config.config().styleTemplates().entrySet().stream()
                .map(e -> new StyleSummary(e.getKey(), e.getValue().shownDescription()))
                .toList();
        return Map.of("styles", styles, "default_style", config.config().serviceConfig().defaultStyle());
    }
}
