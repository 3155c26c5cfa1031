package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/avatar/jobs/{job_id}/deliveries}: the job's webhook event, its state and every attempt;
 * {@code POST …/deliveries/redeliver}: sends it again (202). The job's owner or an admin (see {@link JobDeliveries}).
 */
@RestController
class DeliveriesController {

    private final JobDeliveries deliveries;

    DeliveriesController(JobDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/avatar/jobs/{jobId}/deliveries")
    JobDeliveries.DeliveriesView deliveries(@PathVariable String jobId) {
        return deliveries.list(jobId, Caller.current());
    }

    @PostMapping("/api/v1/avatar/jobs/{jobId}/deliveries/redeliver")
    ResponseEntity<JobDeliveries.DeliveriesView> redeliver(@PathVariable String jobId) {
        return ResponseEntity.accepted().body(deliveries.redeliver(jobId, Caller.current()));
    }
}
