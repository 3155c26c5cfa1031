package io.avatarforge.gateway.status;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code avatar.gateway.status-stream.*}: live status streams ({@code GET /api/v1/avatar/status/{job_id}/events}).
 * {@code maxOpen}: streams one gateway process holds at once (each is an open connection and a row in the periodic
 * re-read); beyond it a client gets 503 {@code too_many_streams}. {@code keepAlive}: how often an idle stream gets a
 * comment, so proxies and load balancers keep the connection. {@code refreshInterval}: how often the jobs of open
 * streams are re-read from the database, which is how a stream sees a worker start its job and its progress (the claim
 * writes no event), and the backstop for a lost completion event. {@code maxDuration}: a stream is ended after this
 * long, and its client reconnects (browsers' {@code EventSource} does so by itself).
 */
@ConfigurationProperties("avatar.gateway.status-stream")
@Validated
record StatusStreamProperties(
        @DefaultValue("2000") @Min(0) int maxOpen,
        @DefaultValue("15s") Duration keepAlive,
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("30m") Duration maxDuration) {
}
