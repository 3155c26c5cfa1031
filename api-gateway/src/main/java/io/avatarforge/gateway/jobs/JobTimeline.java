package io.avatarforge.gateway.jobs;

import io.avatarforge.model.api.JobDetail.TimelineEntry;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;
import io.avatarforge.platform.job.ProviderCalls;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's timeline from its row and its provider calls: created, claimed by a worker (the latest claim;
 * {@code attempts} counts them), each provider call with its times, outcome and cost from the workers' receipts
 * ({@code provider_call}), and how it ended. Jobs whose calls have no receipts (run before receipts existed) show the
 * providers their worker summed up in {@code result_metadata.providers_tried} instead, without times.
 */
final class JobTimeline {

    private JobTimeline() {
    }

    static List<TimelineEntry> of(GenerationJob job, List<ProviderCalls.Attempt> calls, JsonMapper json) {
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(TimelineEntry.at("created", job.createdAt()));
        if (job.startedAt() != null) {
            timeline.add(TimelineEntry.of("claimed", job.startedAt(), null, null, job.attempts(), null, null));
        }
        for (ProviderCalls.Attempt call : calls) {
            timeline.add(new TimelineEntry("provider_attempt", call.startedAt(), call.provider(), call.model(),
                    call.attempt(), call.errorCode() == null ? "success" : call.errorCode(), null, call.finishedAt(),
                    call.cost()));
        }
        if (calls.isEmpty()) {
            for (JsonNode tried : providersTried(job.resultMetadata(), json)) {
                timeline.add(TimelineEntry.of("provider_attempt", null, text(tried, "provider"), text(tried, "model"),
                        tried.path("attempts").isNumber() ? tried.path("attempts").asInt() : null,
                        text(tried, "outcome"), null));
            }
        }
        if (job.state().isTerminal() && job.finishedAt() != null) {
            timeline.add(switch (job.state()) {
                case COMPLETED -> TimelineEntry.of("completed", job.finishedAt(), job.provider(), job.model(), null,
                        job.cached() ? "cached" : "success", null);
                case FAILED -> TimelineEntry.of("failed", job.finishedAt(), null, null, null, job.errorCode(),
                        job.errorMessage());
                default -> TimelineEntry.of(JobState.CANCELED.apiName(), job.finishedAt(), null, null, null,
                        job.errorCode(), job.errorMessage());
            });
        }
        return timeline;
    }

    private static List<JsonNode> providersTried(@Nullable String metadata, JsonMapper json) {
        if (metadata == null) {
            return List.of();
        }
        JsonNode tried = json.readTree(metadata).path("providers_tried");
        List<JsonNode> entries = new ArrayList<>();
        if (tried.isArray()) {
            tried.forEach(entries::add);
        }
        return entries;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }
}
