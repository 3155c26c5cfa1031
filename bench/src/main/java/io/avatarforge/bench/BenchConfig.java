package io.avatarforge.bench;

/**
 * The avatar configuration of a benchmark run: three simulated providers with fixed latencies (100 ms for pickup and
 * overhead, 20 s for in-flight capacity, the scale-out latency), one style routed to each, cost 0 and budget caps far
 * above anything a run can reach.
 */
final class BenchConfig {

    private BenchConfig() {
    }

    static String json(int maxConcurrentGenerations, long scaleLatencyMs) {
        return """
                {
                  "service_config": {
                    "default_quality": "low",
                    "default_style": "bench_fast",
                    "max_concurrent_generations": %d,
                    "default_timeout_seconds": 45,
                    "enable_caching": false,
                    "cache_ttl_hours": 1,
                    "default_provider": "sim_fast",
                    "fallback_providers": [],
                    "cost_limits": { "daily_budget": 1000000, "per_user_daily_limit": 100000000 },
                    "rate_limits": { "per_key_per_minute": 100000000, "per_user_per_minute": 60 }
                  },
                  "provider_config": {
                    %s,
                    %s,
                    %s
                  },
                  "style_templates": {
                    %s,
                    %s,
                    %s
                  }
                }
                """.formatted(maxConcurrentGenerations,
                provider("sim_fast", 100), provider("sim_slow", 20_000), provider("sim_scale", scaleLatencyMs),
                style("bench_fast", "sim_fast"), style("bench_slow", "sim_slow"), style("bench_scale", "sim_scale"));
    }

    private static String provider(String key, long latencyMs) {
        return """
                "%s": {
                  "type": "simulated", "model": "simulated-1", "max_retries": 0, "timeout_seconds": 60,
                  "quality_settings": { "low": { "quality": "low", "cost": 0 }, "medium": { "quality": "medium", "cost": 0 },
                                        "high": { "quality": "high", "cost": 0 } },
                  "simulation": { "distribution": "fixed", "latency_ms_median": %d, "failure_rate": 0 }
                }""".formatted(key, latencyMs);
    }

    private static String style(String key, String provider) {
        return """
                "%s": {
                  "description": "Benchmark style served by %s",
                  "base_prompt": "Benchmark portrait",
                  "transformation_instruction": "Keep the person recognisable",
                  "quality_modifiers": { "low": "plain", "medium": "plain", "high": "plain" },
                  "provider": "%s"
                }""".formatted(key, provider, provider);
    }
}
