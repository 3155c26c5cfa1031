package io.avatarforge.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every process the runner started, so that all of them are stopped whatever happens (also on Ctrl-C). */
public final class Processes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Processes.class);

    private final List<Process> started = new ArrayList<>();
    private final Path logs;

    public Processes(Path logs) {
        this.logs = logs;
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(this::close));
    }

    public synchronized Process start(String name, List<String> command, Map<String, String> environment)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        // Standard input stays a pipe held by this process: the broker stops when it closes.
        Process process = builder.start();
        started.add(process);
        LOG.info("started {} (pid {})", name, process.pid());
        return process;
    }

    /** Stops one process: politely first (so Spring shuts down), then by force. */
    public void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        synchronized (this) {
            started.remove(process);
        }
    }

    /** Kills one process at once (SIGKILL on Linux, as {@code kill -9}): no shutdown hook, nothing flushed. */
    public void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " survived SIGKILL for 30 s");
        }
        synchronized (this) {
            started.remove(process);
        }
        LOG.info("killed pid {}", process.pid());
    }

    @Override
    public void close() {
        List<Process> all;
        synchronized (this) {
            all = new ArrayList<>(started);
        }
        all.forEach(Process::destroy);
        for (Process process : all) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        synchronized (this) {
            started.removeAll(all);
        }
    }
}
