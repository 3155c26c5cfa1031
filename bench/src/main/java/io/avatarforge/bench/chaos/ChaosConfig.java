package io.avatarforge.bench.chaos;

/**
 * The avatar configuration of a chaos run: one OpenAI provider pointed at the stand-in (its answer's 1000 output
 * tokens at $40 per million cost exactly {@link StandInProvider#PRICE}), no fallback, no result cache (every job calls
 * the provider), budgets far above anything a run reaches.
 */
final class ChaosConfig {

    static final String STYLE = "chaos_portrait";

    private ChaosConfig() {
    }

    static String json(String providerBaseUrl, int maxConcurrentGenerations) {
        return """
                {
                  "service_config": {
                    "default_quality": "low",
                    "default_style": "%s",
                    "max_concurrent_generations": %d,
                    "default_timeout_seconds": 45,
                    "enable_caching": false,
                    "cache_ttl_hours": 1,
                    "default_provider": "gpt_image_1",
                    "fallback_providers": [],
                    "cost_limits": { "daily_budget": 1000000, "per_user_daily_limit": 100000000 },
                    "rate_limits": { "per_key_per_minute": 100000000, "per_user_per_minute": 60 }
                  },
                  "provider_config": {
                    "gpt_image_1": {
                      "type": "openai", "api_key": "sk-chaos-stand-in", "model": "gpt-image-2",
                      "base_url": "%s", "max_retries": 2, "timeout_seconds": 30, "size": "1024x1024",
                      "output_format": "png",
                      "quality_settings": { "low": { "quality": "low", "cost": 0.04 },
                                            "medium": { "quality": "medium", "cost": 0.04 },
                                            "high": { "quality": "high", "cost": 0.04 } },
                      "pricing_per_million_tokens": { "text_input": 5.0, "image_input": 8.0, "image_output": 40.0 }
                    }
                  },
                  "style_templates": {
                    "%s": {
                      "description": "Chaos suite portrait",
                      "base_prompt": "Portrait",
                      "transformation_instruction": "Keep the person recognisable",
                      "quality_modifiers": { "low": "plain", "medium": "plain", "high": "plain" },
                      "provider": "gpt_image_1"
                    }
                  }
                }
                """.formatted(STYLE, maxConcurrentGenerations, providerBaseUrl, STYLE);
    }
}
