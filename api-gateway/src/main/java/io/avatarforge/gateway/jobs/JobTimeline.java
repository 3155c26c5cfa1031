package io.avatarforge.gateway.jobs;

import io.avatarforge.model.api.JobDetail.TimelineEntry;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobState;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's timeline from its row: created, claimed by a worker (the latest claim; {@code attempts} counts them), each
 * provider tried with its outcome (the worker records them in {@code result_metadata.providers_tried}), and how it
 * ended. Built from the row alone, so every job has one; a table of individual provider calls could add their times.
 */
final class JobTimeline {

    private JobTimeline() {
    }

    static List<TimelineEntry> of(GenerationJob job, JsonMapper json) {
        List<TimelineEntry> timeline = new ArrayList<>();
        timeline.add(TimelineEntry.at("created", job.createdAt()));
        if (job.startedAt() != null) {
            timeline.add(new TimelineEntry("claimed", job.startedAt(), null, null, job.attempts(), null, null));
        }
        for (JsonNode tried : providersTried(job.resultMetadata(), json)) {
            timeline.add(new TimelineEntry("provider_attempt", null, text(tried, "provider"), text(tried, "model"),
                    tried.path("attempts").isNumber() ? tried.path("attempts").asInt() : null,
                    text(tried, "outcome"), null));
        }
        if (job.state().isTerminal() && job.finishedAt() != null) {
            timeline.add(switch (job.state()) {
                case COMPLETED -> new TimelineEntry("completed", job.finishedAt(), job.provider(), job.model(), null,
                        job.cached() ? "cached" : "success", null);
                case FAILED -> new TimelineEntry("failed", job.finishedAt(), null, null, null, job.errorCode(),
                        job.errorMessage());
                default -> new TimelineEntry(JobState.CANCELED.apiName(), job.finishedAt(), null, null, null,
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
