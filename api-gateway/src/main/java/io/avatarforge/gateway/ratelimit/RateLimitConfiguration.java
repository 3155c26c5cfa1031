package io.avatarforge.gateway.ratelimit;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** The shared request rate limiter, and the sweep that drops idle callers' buckets. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RequestRateLimiter requestRateLimiter(DataSource dataSource) {
        return RequestRateLimiter.forDataSource(dataSource);
    }

    @Bean
    IdleBucketSweep idleBucketSweep(RequestRateLimiter limiter) {
        return new IdleBucketSweep(limiter);
    }

    static final class IdleBucketSweep {

        private final RequestRateLimiter limiter;

        IdleBucketSweep(RequestRateLimiter limiter) {
            this.limiter = limiter;
        }

        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void sweep() {
            try {
                limiter.removeIdle(1000);
            } catch (RuntimeException e) {
                LOG.warn("Could not remove idle rate-limit buckets; will try again: {}", e.toString());
            }
        }
    }
}
