package io.avatarforge.worker.dispatch;

import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.event.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The worker group's consumer: reads "look at job X" and hands it to the executor without blocking. */
@Component
class GenerationRequestListener {

    static final String ID = "generation-requests";
    private static final Logger LOG = LoggerFactory.getLogger(GenerationRequestListener.class);

    private final GenerationExecutor executor;
    private final JsonMapper jsonMapper;

    GenerationRequestListener(GenerationExecutor executor, JsonMapper jsonMapper) {
        this.executor = executor;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = ID, topics = Topics.GENERATION_REQUESTED, groupId = "${avatar.worker.consumer-group:avatar-workers}")
    void onRequested(String payload) {
        GenerationRequested request;
        try {
            request = jsonMapper.readValue(payload, GenerationRequested.class);
        } catch (RuntimeException e) {
            // A poison message must not block the partition; the job row, not the message, is the truth.
            LOG.warn("Skipping an unreadable generation request: {}", e.toString());
            return;
        }
        executor.submit(request.jobId());
    }
}
