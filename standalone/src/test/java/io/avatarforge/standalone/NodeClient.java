package io.avatarforge.standalone;

import io.avatarforge.testkit.LineFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Node program of this module's tests ({@code src/test/node/NAME}: {@code package.json}, its lockfile and the
 * scripts), run as a real client would run it. Its packages are installed once with {@code npm ci} into
 * {@code target/node/NAME} and reinstalled only when the lockfile changes. Without Node and npm the test fails under
 * CI=true and is skipped, loudly, otherwise (as tests needing PostgreSQL are).
 */
final class NodeClient implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(NodeClient.class.getName());
    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path INSTALLS = Path.of("target/node");
    private final Process process;
    private final LineFeed output;

    private NodeClient(Process process) {
        this.process = process;
        this.output = LineFeed.of(process.getInputStream());
    }

    /** Starts {@code node script args…} in the installed copy of program {@code name}. */
    static NodeClient start(String name, String script, String... args) {
        Path dir = install(name);
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        try {
            return new NodeClient(new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line the program printed, or null when it printed none within {@code timeout} or exited. */
    @Nullable String nextLine(Duration timeout) throws InterruptedException {
        return output.next(timeout);
    }

    /** Waits for the program to exit and returns its exit code; -1 if it was still running after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    @Override
    public void close() {
        process.destroy();
    }

    private static synchronized Path install(String name) {
        requireNode();
        Path source = SOURCES.resolve(name);
        Path target = INSTALLS.resolve(name);
        try {
            Files.createDirectories(target);
            try (var files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path lock = target.resolve("package-lock.json");
            Path installed = target.resolve("node_modules/.installed-package-lock.json");
            if (Files.isRegularFile(installed) && Files.mismatch(lock, installed) == -1) {
                return target;
            }
            // firebase-tools is ~700 packages: 3-5 min from an empty npm cache on a quiet 2-core machine, but over 10
            // min was seen on a loaded one (a fresh machine's first CI run beside other builds).
            run(target, Duration.ofMinutes(25), "npm", "ci", "--prefer-offline", "--no-audit", "--no-fund",
                    "--loglevel=error");
            Files.copy(lock, installed, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why Node or npm cannot run here, or null when both can: for a test that has another way. */
    static @Nullable String unusable() {
        for (String tool : List.of("node", "npm")) {
            try {
                run(Path.of("."), Duration.ofSeconds(30), tool, "--version");
            } catch (RuntimeException e) {
                return tool + " is not usable (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static void requireNode() {
        String message = unusable();
        if (message != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": tests that need Node fail under CI=true");
            }
            LOG.log(System.Logger.Level.WARNING, "\n\n*** SKIPPING: " + message + " ***\n");
            Assumptions.abort(message);
        }
    }

    private static void run(Path dir, Duration timeout, String... command) {
        try {
            Path output = Files.createTempFile("node-client-", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with "
                            + process.exitValue() + ": " + Files.readString(output));
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
