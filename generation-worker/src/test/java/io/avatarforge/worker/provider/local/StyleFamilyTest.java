package io.avatarforge.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.avatarforge.model.config.AvatarConfig;
import io.avatarforge.platform.config.ConfigLoader;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StyleFamilyTest {

    @Test
    void everyBuiltInStyleMapsToItsOwnFamily() {
        AvatarConfig config = new ConfigLoader(Map.of()).load(null);
        Map<String, StyleFamily> expected = Map.ofEntries(
                Map.entry("cartoon_3d", StyleFamily.CARTOON), Map.entry("professional", StyleFamily.PORTRAIT),
                Map.entry("artistic", StyleFamily.OIL_PAINT), Map.entry("anime", StyleFamily.ANIME),
                Map.entry("pixel_art", StyleFamily.PIXEL_ART), Map.entry("watercolor", StyleFamily.WATERCOLOR),
                Map.entry("claymation", StyleFamily.CLAY), Map.entry("comic_book", StyleFamily.COMIC),
                Map.entry("cyberpunk", StyleFamily.NEON), Map.entry("fantasy", StyleFamily.FANTASY),
                Map.entry("line_art", StyleFamily.LINE_ART), Map.entry("low_poly", StyleFamily.LOW_POLY),
                Map.entry("sketch", StyleFamily.SKETCH));

        assertThat(config.styleTemplates().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, family) -> assertThat(StyleFamily.forStyle(key)).as(key).isEqualTo(family));
        Set<StyleFamily> used = EnumSet.noneOf(StyleFamily.class);
        config.styleTemplates().keySet().forEach(key -> used.add(StyleFamily.forStyle(key)));
        assertThat(used).containsExactlyInAnyOrder(StyleFamily.values());
    }

    @Test
    void aFamilyNameIsAcceptedInAnySpelling() {
        for (StyleFamily family : StyleFamily.values()) {
            assertThat(StyleFamily.forStyle(family.name())).isEqualTo(family);
            assertThat(StyleFamily.forStyle(family.key())).isEqualTo(family);
        }
        assertThat(StyleFamily.forStyle("Oil-Paint")).isEqualTo(StyleFamily.OIL_PAINT);
        assertThat(StyleFamily.forStyle(" low poly ")).isEqualTo(StyleFamily.LOW_POLY);
        assertThat(StyleFamily.forStyle("neon")).isEqualTo(StyleFamily.NEON);
    }

    @Test
    void anUnknownKeyIsGuessedFromItsWords() {
        assertThat(StyleFamily.forStyle("retro_game_hero")).isEqualTo(StyleFamily.PIXEL_ART);
        assertThat(StyleFamily.forStyle("charcoal_study")).isEqualTo(StyleFamily.SKETCH);
        assertThat(StyleFamily.forStyle("manga_cover")).isEqualTo(StyleFamily.ANIME);
        assertThat(StyleFamily.forStyle("synthwave_poster")).isEqualTo(StyleFamily.NEON);
        assertThat(StyleFamily.forStyle("corporate_headshot")).isEqualTo(StyleFamily.PORTRAIT);
    }

    @Test
    void anUnknownOrMissingKeyFallsBackToTheDefault() {
        assertThat(StyleFamily.forStyle("steampunk_baroque")).isEqualTo(StyleFamily.DEFAULT);
        assertThat(StyleFamily.forStyle("")).isEqualTo(StyleFamily.DEFAULT);
        assertThat(StyleFamily.forStyle(null)).isEqualTo(StyleFamily.DEFAULT);
        assertThat(StyleFamily.DEFAULT).isEqualTo(StyleFamily.CARTOON);
    }
}
