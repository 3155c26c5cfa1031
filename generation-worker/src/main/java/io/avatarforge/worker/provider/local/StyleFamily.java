package io.avatarforge.worker.provider.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rendering recipes of the offline stylizer. Style keys are operator data, families are code: every built-in key
 * maps onto one family, a template may name a family directly, and any other key is guessed from its words so an
 * operator's {@code "retro_pixel"} still renders as pixel art.
 */
public enum StyleFamily {
    CARTOON,
    ANIME,
    CLAY,
    PORTRAIT,
    OIL_PAINT,
    SKETCH,
    LINE_ART,
    WATERCOLOR,
    PIXEL_ART,
    COMIC,
    NEON,
    LOW_POLY,
    FANTASY;

    /** What an unknown key renders as: the specification's flagship style. */
    public static final StyleFamily DEFAULT = CARTOON;

    private static final Map<String, StyleFamily> BUILT_IN_KEYS = Map.ofEntries(
            Map.entry("cartoon_3d", CARTOON),
            Map.entry("professional", PORTRAIT),
            Map.entry("artistic", OIL_PAINT),
            Map.entry("anime", ANIME),
            Map.entry("pixel_art", PIXEL_ART),
            Map.entry("watercolor", WATERCOLOR),
            Map.entry("claymation", CLAY),
            Map.entry("comic_book", COMIC),
            Map.entry("cyberpunk", NEON),
            Map.entry("fantasy", FANTASY),
            Map.entry("line_art", LINE_ART),
            Map.entry("low_poly", LOW_POLY),
            Map.entry("sketch", SKETCH));

    /** Checked in order, so the more specific words ("watercolor") win over broad ones ("paint"). */
    private static final List<Map.Entry<String, StyleFamily>> HINTS = List.of(
            Map.entry("pixel", PIXEL_ART), Map.entry("8bit", PIXEL_ART), Map.entry("8_bit", PIXEL_ART),
            Map.entry("16_bit", PIXEL_ART), Map.entry("retro", PIXEL_ART), Map.entry("sprite", PIXEL_ART),
            Map.entry("water", WATERCOLOR), Map.entry("aquarel", WATERCOLOR), Map.entry("gouache", WATERCOLOR),
            Map.entry("sketch", SKETCH), Map.entry("pencil", SKETCH), Map.entry("charcoal", SKETCH),
            Map.entry("graphite", SKETCH), Map.entry("ink", LINE_ART), Map.entry("line", LINE_ART),
            Map.entry("outline", LINE_ART), Map.entry("coloring", LINE_ART),
            Map.entry("comic", COMIC), Map.entry("pop_art", COMIC), Map.entry("halftone", COMIC),
            Map.entry("superhero", COMIC), Map.entry("anime", ANIME), Map.entry("manga", ANIME),
            Map.entry("chibi", ANIME), Map.entry("ghibli", ANIME), Map.entry("clay", CLAY),
            Map.entry("plasticine", CLAY), Map.entry("stop_motion", CLAY), Map.entry("cyber", NEON),
            Map.entry("neon", NEON), Map.entry("synthwave", NEON), Map.entry("vaporwave", NEON),
            Map.entry("poly", LOW_POLY), Map.entry("geometric", LOW_POLY), Map.entry("origami", LOW_POLY),
            Map.entry("fantasy", FANTASY), Map.entry("magic", FANTASY), Map.entry("fairy", FANTASY),
            Map.entry("elf", FANTASY), Map.entry("ethereal", FANTASY), Map.entry("oil", OIL_PAINT),
            Map.entry("paint", OIL_PAINT), Map.entry("impression", OIL_PAINT), Map.entry("artistic", OIL_PAINT),
            Map.entry("headshot", PORTRAIT), Map.entry("professional", PORTRAIT), Map.entry("corporate", PORTRAIT),
            Map.entry("business", PORTRAIT), Map.entry("linkedin", PORTRAIT), Map.entry("portrait", PORTRAIT),
            Map.entry("cartoon", CARTOON), Map.entry("pixar", CARTOON), Map.entry("3d", CARTOON));

    /**
     * The family for a style key or a family name ({@code "cyberpunk"} and {@code "neon"} both give {@link #NEON});
     * case, spaces and hyphens do not matter. Unknown keys fall back to a word match, then to {@link #DEFAULT}.
     */
    public static StyleFamily forStyle(@Nullable String styleKeyOrFamily) {
        if (styleKeyOrFamily == null || styleKeyOrFamily.isBlank()) {
            return DEFAULT;
        }
        String key = styleKeyOrFamily.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        StyleFamily builtIn = BUILT_IN_KEYS.get(key);
        if (builtIn != null) {
            return builtIn;
        }
        for (StyleFamily family : values()) {
            if (family.name().equalsIgnoreCase(key)) {
                return family;
            }
        }
        for (Map.Entry<String, StyleFamily> hint : HINTS) {
            if (key.contains(hint.getKey())) {
                return hint.getValue();
            }
        }
        return DEFAULT;
    }

    /** The lower-case name reported in job usage metadata and accepted back by {@link #forStyle}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
