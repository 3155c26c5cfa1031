package io.avatarforge.worker.provider.resilience;

import io.avatarforge.platform.job.GenerationJobRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A provider's request to slow down, shared by every worker ({@code provider_pause}): a 429's {@code Retry-After} (or
 * Gemini's retry delay) is addressed to the caller, which is the whole cluster, not the one job that got it. While a
 * provider is paused, {@link ResilientProviderCaller} does not call it: the job falls back or waits in the queue.
 */
@Component
public class ProviderPauses {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ProviderPauses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long {@code provider} is still paused for; empty when it is not. */
    public Optional<Duration> remaining(String provider) {
        Instant now = clock.instant();
        return jdbc.sql("select paused_until from provider_pause where provider = :provider")
                .param("provider", provider)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /**
     * Pauses {@code provider} for {@code duration} from now, unless it already is for longer: a pause only ever moves
     * forward, so a short Retry-After seen by one worker does not shorten a long one seen by another.
     */
    public void pause(String provider, Duration duration, String reason) {
        Instant now = clock.instant();
        OffsetDateTime until = GenerationJobRows.timestamp(now.plus(duration));
        String why = reason.length() > 200 ? reason.substring(0, 200) : reason;
        for (int attempt = 0; attempt < 2; attempt++) {
            int moved = jdbc.sql("""
                    update provider_pause set paused_until = :until, reason = :reason, updated_at = :now
                    where provider = :provider and paused_until < :until""")
                    .param("until", until).param("reason", why).param("now", GenerationJobRows.timestamp(now))
                    .param("provider", provider)
                    .update();
            if (moved == 1 || exists(provider)) {
                return;
            }
            try {
                jdbc.sql("""
                        insert into provider_pause (provider, paused_until, reason, updated_at)
                        values (:provider, :until, :reason, :now)""")
                        .param("provider", provider).param("until", until).param("reason", why)
                        .param("now", GenerationJobRows.timestamp(now))
                        .update();
                return;
            } catch (DuplicateKeyException e) {
                // Another worker paused it at the same moment: compare with its pause once more.
            }
        }
    }

    private boolean exists(String provider) {
        return jdbc.sql("select count(*) from provider_pause where provider = :provider").param("provider", provider)
                .query(Long.class).single() > 0;
    }
}
