package io.avatarforge.platform.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Carries a trace across the outbox, which is a database table and so breaks the thread-bound trace context: the writer
 * stores the current W3C {@code traceparent} in the row, and the relay sends the row inside an observation whose parent
 * is that context, so the observation-enabled KafkaTemplate's send span, and the {@code traceparent} header it writes,
 * belong to the intake's trace. Without tracing in the process (a test wiring the outbox by hand) rows carry none.
 * Webhook deliveries are written the same way (a row in the job's terminal transaction) and keep its trace too.
 */
@Component
public class OutboxTracing {

    static final String TRACEPARENT = "traceparent";
    private static final OutboxTracing NONE = new OutboxTracing(null, null, ObservationRegistry.NOOP);

    private final @Nullable Tracer tracer;
    private final @Nullable Propagator propagator;
    private final ObservationRegistry observations;

    @Autowired
    OutboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> observations) {
        this(tracer.getIfAvailable(), propagator.getIfAvailable(), observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    private OutboxTracing(@Nullable Tracer tracer, @Nullable Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
    }

    static OutboxTracing none() {
        return NONE;
    }

    /** The current span's {@code traceparent}, or null outside a trace. */
    public @Nullable String traceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * The trace id a stored {@code traceparent} names ({@code version-traceid-parentid-flags}), or null when there is
     * none or it is not one: a row's trace is informative, never a reason to fail.
     */
    public static @Nullable String traceIdOf(@Nullable String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length >= 4 && parts[1].length() == 32 && parts[1].chars().allMatch(OutboxTracing::isLowerHex)
                ? parts[1] : null;
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** Runs {@code send} as a child of the trace the row was written in (or plainly, when it was written in none). */
    <T> T relay(String topic, @Nullable String traceparent, Supplier<T> send) {
        if (traceparent == null || observations.isNoop()) {
            return send.get();
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.get(key));
        context.setCarrier(Map.of(TRACEPARENT, traceparent));
        return Observation.createNotStarted("avatar.outbox.relay", () -> context, observations)
                .contextualName("outbox relay " + topic)
                .lowCardinalityKeyValue("topic", topic)
                .observe(send);
    }
}
