package io.avatarforge.gateway.styles;

import io.avatarforge.model.api.StyleSummary;
import io.avatarforge.platform.config.AvatarConfigHolder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/styles}: the styles of the live configuration, for client style pickers. */
@RestController
@Tag(name = "Styles", description = "The styles a request may name in `style_config`.")
class StylesController {

    /** The answer: every style of the live configuration, and the one a request without {@code style_config} gets. */
    record Styles(List<StyleSummary> styles, String defaultStyle) {
    }

    private final AvatarConfigHolder config;

    StylesController(AvatarConfigHolder config) {
        this.config = config;
    }

    @GetMapping("/api/v1/avatar/styles")
    @Operation(summary = "List the styles", description = "For client style pickers; public.")
    Styles styles() {
        List<StyleSummary> styles = config.config().styleTemplates().entrySet().stream()
                .map(e -> new StyleSummary(e.getKey(), e.getValue().shownDescription()))
                .toList();
        return new Styles(styles, config.config().serviceConfig().defaultStyle());
    }
}
