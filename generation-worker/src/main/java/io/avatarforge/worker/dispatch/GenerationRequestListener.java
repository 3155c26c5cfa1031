package io.avatarforge.worker.dispatch;

import io.avatarforge.model.event.GenerationRequested;
import io.avatarforge.model.event.Topics;
import io.avatarforge.model.job.JobId;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worker group's consumer: reads "look at job X" and hands it to the executor without blocking. A message it
 * cannot read or hand on goes to the dead-letter topic ({@link DeadLetters}).
 */
@Component
class GenerationRequestListener {

    static final String ID = "generation-requests";

    private final GenerationExecutor executor;
    private final JsonMapper jsonMapper;

    GenerationRequestListener(GenerationExecutor executor, JsonMapper jsonMapper) {
        this.executor = executor;
        this.jsonMapper = jsonMapper;
    }

    @KafkaListener(id = ID, topics = Topics.GENERATION_REQUESTED, containerFactory = DeadLetters.CONTAINER_FACTORY,
            groupId = "${avatar.worker.consumer-group:avatar-workers}")
    void onRequested(String payload) {
        executor.submit(jobIdOf(payload));
    }

    private JobId jobIdOf(String payload) {
        GenerationRequested request;
        try {
            request = jsonMapper.readValue(payload, GenerationRequested.class);
        } catch (JacksonException e) {
            throw new UnreadableRequestException("Not a generation request: " + e.getOriginalMessage(), e);
        }
        // Jackson leaves an absent field null, whatever the record declares.
        @SuppressWarnings("ConstantValue")
        boolean missing = request == null || request.jobId() == null;
        if (missing) {
            throw new UnreadableRequestException("A generation request without a job_id");
        }
        return request.jobId();
    }
}
