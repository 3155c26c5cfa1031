package io.avatarforge.gateway.generate;

import io.avatarforge.gateway.status.StatusStreams;
import io.avatarforge.model.event.GenerationCompleted;
import io.avatarforge.model.event.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every completion event, for the synchronous requests and the status streams waiting on this replica. Each
 * gateway replica uses its own consumer group (a fresh id per process) so that all replicas see all completions, and
 * starts at the latest offset because only requests waiting now matter.
 */
@Component
class CompletionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionListener.class);

    private final CompletionWaiters waiters;
    private final JsonMapper jsonMapper;
    private final StatusStreams streams;

    CompletionListener(CompletionWaiters waiters, JsonMapper jsonMapper, StatusStreams streams) {
        this.waiters = waiters;
        this.jsonMapper = jsonMapper;
        this.streams = streams;
    }

    @KafkaListener(
            id = "gateway-completions",
            topics = Topics.GENERATION_COMPLETED,
            groupId = "avatar-gateway-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void onCompleted(String payload) {
        try {
            GenerationCompleted event = jsonMapper.readValue(payload, GenerationCompleted.class);
            waiters.completed(event.jobId());
            streams.completed(event.jobId());
        } catch (RuntimeException e) {
            LOG.warn("Ignoring an unreadable completion event: {}", e.toString());
        }
    }
}
