package io.avatarforge.gateway.status;

import io.avatarforge.gateway.job.GatewayJobRepository;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.model.api.JobStatusResponse;
import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open status streams of this gateway process. A stream holds no thread: it is an {@link SseEmitter} on a released
 * request, written to by short tasks on virtual threads. Three things write to it:
 * <ul>
 *   <li>the completion topic ({@link #completed}, called by the completion listener: every gateway replica reads all
 *       of it), which sends a job's terminal event as soon as any worker finished it;</li>
 *   <li>a periodic re-read of every streamed job from the database ({@code refresh-interval}), which is the only way a
 *       stream learns that a worker claimed its job or how far it got (the claim writes no event), and the backstop
 *       for a lost completion event, as the database check is for synchronous waits;</li>
 *   <li>a periodic keep-alive comment ({@code keep-alive}).</li>
 * </ul>
 * A stream sends the job's status whenever it differs from what it sent last, and ends after the terminal one.
 */
@Component
public class StatusStreams implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StatusStreams.class);
    /** Ids per database read of the periodic refresh. */
    private static final int BATCH = 500;
    private static final String RETRY_AFTER_SECONDS = "5";

    private final JobStatusReader reader;
    private final GatewayJobRepository jobs;
    private final TaskScheduler scheduler;
    private final StatusStreamProperties properties;
    private final Map<JobId, Set<StatusStream>> byJob = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** Sends and single-job reads; a client that stops reading parks one virtual thread, never a scheduler thread. */
    private final Executor tasks = Executors.newVirtualThreadPerTaskExecutor();
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();
    private volatile boolean running;

    StatusStreams(JobStatusReader reader, GatewayJobRepository jobs, TaskScheduler scheduler,
            StatusStreamProperties properties, MeterRegistry meters) {
        this.reader = reader;
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.properties = properties;
        Gauge.builder("avatar.status_streams.open", open, AtomicInteger::get)
                .description("Status streams open on this gateway process")
                .register(meters);
    }

    /**
     * Opens a stream of {@code job}'s status for a caller who may see it, and sends its current status at once (a
     * finished job's stream ends right after it). 503 {@code too_many_streams} when this process holds
     * {@code max-open} streams.
     */
    SseEmitter open(GenerationJob job, String baseUrl) {
        if (!running) {
            throw tooMany();
        }
        if (open.incrementAndGet() > properties.maxOpen()) {
            open.decrementAndGet();
            throw tooMany();
        }
        SseEmitter emitter = new SseEmitter(properties.maxDuration().toMillis());
        StatusStream stream = new StatusStream(job.id(), baseUrl, emitter);
        emitter.onCompletion(() -> forget(stream));
        emitter.onError(e -> forget(stream));
        // After max-duration the stream simply ends; EventSource clients reconnect and get the current status.
        emitter.onTimeout(emitter::complete);
        // Added inside compute: forgetting a job's last stream removes its set in computeIfPresent, atomically.
        byJob.compute(job.id(), (id, streams) -> {
            Set<StatusStream> set = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            set.add(stream);
            return set;
        });
        offer(stream, job, true);
        if (!stream.closed.get()) {
            // Registered after the job was read: a completion event in between found no stream. Read it once more.
            tasks.execute(() -> refresh(job.id()));
        }
        return emitter;
    }

    private static ApiProblemException tooMany() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return new ApiProblemException(ProblemCode.TOO_MANY_STREAMS, "This server holds as many status streams as it "
                + "may; poll the status URL, or open the stream again later", headers);
    }

    /** A job reached a terminal state (the completion topic said so): its streams get the final event now. */
    public void completed(JobId id) {
        if (byJob.containsKey(id)) {
            tasks.execute(() -> refresh(id));
        }
    }

    private void refresh(JobId id) {
        try {
            jobs.find(id).ifPresentOrElse(job -> deliver(job, true), () -> endAll(id));
        } catch (RuntimeException e) {
            LOG.warn("Could not read job {} for its status streams: {}", id, e.toString());
        }
    }

    /** The periodic re-read: every streamed job in a few batched primary-key reads, its streams updated in parallel. */
    private void refreshAll() {
        if (byJob.isEmpty() || !refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            List<JobId> ids = List.copyOf(byJob.keySet());
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<JobId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                Map<JobId, GenerationJob> found = jobs.findAll(batch).stream()
                        .collect(Collectors.toMap(GenerationJob::id, Function.identity()));
                for (JobId id : batch) {
                    GenerationJob job = found.get(id);
                    if (job == null) {
                        endAll(id);
                    } else {
                        tasks.execute(() -> deliver(job, false));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not re-read the jobs of open status streams: {}", e.toString());
        } finally {
            refreshing.set(false);
        }
    }

    private void keepAlives() {
        byJob.values().forEach(streams -> streams.forEach(stream -> tasks.execute(() -> keepAlive(stream))));
    }

    private void deliver(GenerationJob job, boolean wait) {
        for (StatusStream stream : byJob.getOrDefault(job.id(), Set.of())) {
            offer(stream, job, wait);
        }
    }

    /**
     * Sends {@code job}'s status to {@code stream} if it differs from the last one sent, under the stream's lock so that
     * events never interleave. {@code wait}: wait for the lock (the first event, a completion); the periodic refresh
     * does not, and leaves a stream that is busy sending (or whose client stopped reading) to its next round.
     */
    private void offer(StatusStream stream, GenerationJob job, boolean wait) {
        if (wait) {
            stream.lock.lock();
        } else if (!stream.lock.tryLock()) {
            return;
        }
        try {
            int version = version(job);
            // Reads race (a refresh's batch against a completion's read); an older one must not undo a newer one.
            if (stream.closed.get() || version < stream.version) {
                return;
            }
            stream.version = version;
            JobStatusResponse view = reader.view(job, stream.baseUrl);
            if (!view.equals(stream.lastSent)) {
                stream.emitter.send(SseEmitter.event().name("status").data(view, MediaType.APPLICATION_JSON));
                stream.lastSent = view;
            }
            if (job.state().isTerminal()) {
                forget(stream);
                stream.emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response is no longer usable; the container ends the request itself.
            LOG.debug("Status stream of job {} ended: {}", stream.jobId, e.toString());
            forget(stream);
        } catch (RuntimeException e) {
            // The status could not be read (the database, say): end the stream; its client reconnects and tries again.
            LOG.warn("Ending a status stream of job {}: {}", stream.jobId, e.toString());
            forget(stream);
            stream.emitter.complete();
        } finally {
            stream.lock.unlock();
        }
    }

    private void keepAlive(StatusStream stream) {
        if (!stream.lock.tryLock()) {
            return;
        }
        try {
            if (!stream.closed.get()) {
                // A comment line (": keep-alive"), which SSE clients ignore.
                stream.emitter.send(SseEmitter.event().comment(" keep-alive"));
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("Status stream of job {} ended: {}", stream.jobId, e.toString());
            forget(stream);
        } finally {
            stream.lock.unlock();
        }
    }

    /**
     * A job's position in its life, increasing with every state change: QUEUED before the first claim 0, PROCESSING on
     * attempt n 2n−1, QUEUED again after attempt n (its worker was lost) 2n, and any terminal state above all.
     */
    static int version(GenerationJob job) {
        return switch (job.state()) {
            case QUEUED -> 2 * job.attempts();
            case PROCESSING -> 2 * job.attempts() - 1;
            case COMPLETED, FAILED, CANCELED -> Integer.MAX_VALUE;
        };
    }

    /** Ends every stream of a job that no longer exists. */
    private void endAll(JobId id) {
        for (StatusStream stream : byJob.getOrDefault(id, Set.of())) {
            forget(stream);
            stream.emitter.complete();
        }
    }

    private void forget(StatusStream stream) {
        if (stream.closed.compareAndSet(false, true)) {
            open.decrementAndGet();
            byJob.computeIfPresent(stream.jobId, (id, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            });
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        // The shared scheduler only triggers: the reads and writes run on this class's virtual threads.
        schedules.add(scheduler.scheduleAtFixedRate(() -> tasks.execute(this::refreshAll),
                properties.refreshInterval()));
        schedules.add(scheduler.scheduleAtFixedRate(this::keepAlives, properties.keepAlive()));
    }

    /** Ends every stream before the web server's graceful shutdown, which would otherwise wait for them. */
    @Override
    public synchronized void stop() {
        running = false;
        schedules.forEach(schedule -> schedule.cancel(false));
        schedules.clear();
        byJob.values().forEach(streams -> streams.forEach(stream -> {
            forget(stream);
            stream.emitter.complete();
        }));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One client's stream of one job: what it sent last, guarded by its lock. */
    private static final class StatusStream {

        final JobId jobId;
        final String baseUrl;
        final SseEmitter emitter;
        final ReentrantLock lock = new ReentrantLock();
        final AtomicBoolean closed = new AtomicBoolean();
        int version = -1;
        @Nullable JobStatusResponse lastSent;

        StatusStream(JobId jobId, String baseUrl, SseEmitter emitter) {
            this.jobId = jobId;
            this.baseUrl = baseUrl;
            this.emitter = emitter;
        }
    }
}
