package io.avatarforge.standalone;

import static io.avatarforge.testkit.ApiClient.JSON;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * A webhook receiver in Node that verifies every request with the official Standard Webhooks library
 * ({@code standardwebhooks} on npm, {@code src/test/node/webhook-receiver}), so signatures are checked by code this
 * project did not write. Installed once per build into {@code target/webhook-receiver} ({@code npm ci}); without node
 * or npm the test fails under CI=true and is skipped, loudly, otherwise.
 */
final class NodeWebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it; {@code verified} holds one result per secret it was given. */
    record Received(String webhookId, long timestamp, String signature, List<Boolean> verified,
            @Nullable String error, @Nullable String type, JsonNode body, int answered) {

        boolean verifiedByEverySecret() {
            return !verified.isEmpty() && verified.stream().allMatch(Boolean::booleanValue);
        }
    }

    private static final Path SOURCE = Path.of("src/test/node/webhook-receiver");
    private static final Path INSTALLED = Path.of("target/webhook-receiver");
    private static final System.Logger LOG = System.getLogger(NodeWebhookReceiver.class.getName());
    private static boolean ready;

    private final Process process;
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private NodeWebhookReceiver(Process process, int port, BufferedReader lines) {
        this.process = process;
        this.port = port;
        Thread.ofVirtual().name("node-webhook-receiver").start(() -> read(lines));
    }

    /**
     * Starts a receiver verifying with every one of {@code secrets}; it answers 503 to the first {@code failFirst}
     * requests and {@code status} afterwards.
     */
    static NodeWebhookReceiver start(List<String> secrets, int failFirst, int status) {
        Path dir = install();
        ProcessBuilder builder = new ProcessBuilder("node", "receiver.js").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(Map.of("SECRETS", String.join(" ", secrets),
                "FAIL_FIRST", Integer.toString(failFirst), "STATUS", Integer.toString(status)));
        try {
            Process process = builder.start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> readLine(lines)).get(30, TimeUnit.SECONDS);
            if (first == null) {
                throw new IllegalStateException("The Node webhook receiver exited before listening");
            }
            return new NodeWebhookReceiver(process, JSON.readTree(first).get("listening").asInt(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The Node webhook receiver did not start", e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void read(BufferedReader lines) {
        for (String line = readLine(lines); line != null; line = readLine(lines)) {
            JsonNode node = JSON.readTree(line);
            List<Boolean> verified = new ArrayList<>();
            node.get("verified").forEach(v -> verified.add(v.asBoolean()));
            received.add(new Received(node.path("webhook_id").asString(), node.path("timestamp").asLong(),
                    node.path("signature").asString(), verified, text(node.get("error")), text(node.get("type")),
                    JSON.readTree(node.get("body").asString()), node.get("answered").asInt()));
        }
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static @Nullable String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    /** Copies the receiver to target/ and runs {@code npm ci} there once; node_modules stay out of the sources. */
    private static synchronized Path install() {
        if (ready) {
            return INSTALLED;
        }
        requireTool("node");
        requireTool("npm");
        try {
            Files.createDirectories(INSTALLED);
            boolean changed = false;
            for (String file : List.of("package.json", "package-lock.json", "receiver.js")) {
                Path target = INSTALLED.resolve(file);
                byte[] content = Files.readAllBytes(SOURCE.resolve(file));
                if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                    Files.copy(SOURCE.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                    changed |= !file.equals("receiver.js");
                }
            }
            if (changed || !Files.exists(INSTALLED.resolve("node_modules/standardwebhooks/package.json"))) {
                Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                        .directory(INSTALLED.toFile()).redirectErrorStream(true).start();
                String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!npm.waitFor(180, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                    Assertions.fail("npm ci of the webhook receiver failed:\n" + output);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ready = true;
        return INSTALLED;
    }

    private static void requireTool(String tool) {
        String problem;
        try {
            Process check = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            if (check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0) {
                return;
            }
            problem = tool + " --version failed";
        } catch (IOException e) {
            problem = tool + " is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        String message = "The webhook receiver test needs Node.js and npm: " + problem;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + "; tests that need Node fail under CI=true");
        }
        LOG.log(System.Logger.Level.WARNING, "\n\n*** SKIPPING: " + message + " ***\n");
        Assumptions.abort(message);
    }
}
