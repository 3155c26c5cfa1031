package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ProblemResponses;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@Tag(name = "Jobs", description = "A submitted job: its status, its events, its cancellation and webhook deliveries.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class DeliveriesController {

    private final JobDeliveries deliveries;

    DeliveriesController(JobDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/avatar/jobs/{jobId}/deliveries")
    @Operation(summary = "List a job's webhook deliveries", description = "The job's webhook event, its delivery "
            + "state and every attempt. The job's owner or an admin.")
    JobDeliveries.DeliveriesView deliveries(@PathVariable String jobId) {
        return deliveries.list(jobId, Caller.current());
    }

    @PostMapping("/api/v1/avatar/jobs/{jobId}/deliveries/redeliver")
    @Operation(summary = "Send a job's webhook event again")
    @ApiResponse(responseCode = "202", description = "Queued for delivery; the deliveries as they are now")
    @ProblemResponses(ProblemCode.NO_WEBHOOK_EVENT)
    ResponseEntity<JobDeliveries.DeliveriesView> redeliver(@PathVariable String jobId) {
        return ResponseEntity.accepted().body(deliveries.redeliver(jobId, Caller.current()));
    }
}
