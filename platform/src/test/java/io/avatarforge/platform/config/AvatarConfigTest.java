package io.avatarforge.platform.config;

import io.avatarforge.model.config.AvatarConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class AvatarConfigTest {

    private final ConfigLoader loader = new ConfigLoader(Map.of());

    @Test
    void aJobReservesItsEstimatePlusTheDefaultMarginOfAQuarter() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "cheap"}}""");

        assertThat(config.reservation("cheap", "medium")).isEqualByComparingTo("0.05");
    }

    @Test
    void theConfiguredMarginReplacesTheDefault() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "cheap", "cost_limits": {"reservation_margin": 1}}}""");

        assertThat(config.reservation("cheap", "medium")).isEqualByComparingTo("0.08");
    }

    @Test
    void aTierWithMaxCostReservesExactlyThatBound() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "cheap"},
                 "provider_config": {"cheap": {"quality_settings": {"medium": {"max_cost": 0.06}}}}}""");

        assertThat(config.reservation("cheap", "medium")).isEqualByComparingTo("0.06");
    }

    @Test
    void aPricierFallbackProviderRaisesTheReservationToItsOwn() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "cheap", "fallback_providers": ["pricey"]}}""");

        assertThat(config.reservation("cheap", "medium")).isEqualByComparingTo("0.25");
        assertThat(config.reservation("cheap", "low")).isEqualByComparingTo("0.0125");
    }

    @Test
    void aCheaperFallbackProviderLeavesTheReservationAtThePrimarysOwn() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "pricey", "fallback_providers": ["cheap"]}}""");

        assertThat(config.reservation("pricey", "medium")).isEqualByComparingTo("0.25");
    }

    @Test
    void aProviderWithoutPricesReservesNothing() {
        AvatarConfig config = config("""
                {"service_config": {"default_provider": "free"},
                 "provider_config": {"free": {"type": "simulated"}}}""");

        assertThat(config.reservation("free", "high")).isEqualByComparingTo("0");
    }

    /** The built-in defaults plus two priced providers, {@code cheap} and {@code pricey}, with {@code patch} over them. */
    private AvatarConfig config(String patch) {
        ObjectNode document = loader.defaults();
        ConfigLoader.deepMerge(document, loader.parse("""
                {"service_config": {"default_quality": "medium", "default_style": "plain"},
                 "provider_config": {
                   "cheap": {"type": "simulated", "quality_settings": {
                     "low": {"quality": "low", "cost": 0.01}, "medium": {"quality": "medium", "cost": 0.04}}},
                   "pricey": {"type": "simulated", "quality_settings": {
                     "low": {"quality": "low", "cost": 0.005}, "medium": {"quality": "medium", "cost": 0.20}}}},
                 "style_templates": {"plain": {"base_prompt": "a portrait"}}}"""));
        ConfigLoader.deepMerge(document, loader.parse(patch));
        return loader.resolve(document);
    }
}
