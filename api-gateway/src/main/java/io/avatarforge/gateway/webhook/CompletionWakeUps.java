package io.avatarforge.gateway.webhook;

import io.avatarforge.model.event.Topics;
import io.avatarforge.platform.webhook.WebhookDeliveries;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Wakes this gateway's dispatcher when any process finished a job: the completion event is published only after the
 * transaction that finished the job (and wrote its webhook delivery) committed, so the row is there to claim. Without
 * it a job finished by a worker elsewhere would wait for the next poll ({@code avatar.webhooks.poll-interval}). Every
 * gateway reads every completion (a group of its own, from the latest offset) and the dispatchers race for the row
 * with {@code SKIP LOCKED}; a lost or late event costs one poll interval, nothing more.
 */
@Component
class CompletionWakeUps {

    private final WebhookDeliveries deliveries;

    CompletionWakeUps(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @KafkaListener(
            id = "gateway-webhook-wake-ups",
            topics = Topics.GENERATION_COMPLETED,
            groupId = "avatar-gateway-webhooks-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=latest", "enable.auto.commit=false"})
    void onCompleted(String payload) {
        deliveries.wakeUp();
    }
}
