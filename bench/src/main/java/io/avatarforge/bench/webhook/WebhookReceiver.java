package io.avatarforge.bench.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A receiver in the benchmark's own process, on loopback: records when each job's event arrived (by the job id in its
 * {@code data}) and answers 204 at once, so the time measured is the service's, not the receiver's. Signatures are not
 * checked here (the tests do that); repeated deliveries keep the first arrival.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Instant> firstArrival = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(handlers);
        server.createContext("/hook", exchange -> {
            Instant arrived = Instant.now();
            try (exchange) {
                JsonNode event = JSON.readTree(exchange.getRequestBody().readAllBytes());
                requests.incrementAndGet();
                firstArrival.putIfAbsent(event.path("data").path("avatar_id").asString(), arrived);
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** When each job's event first arrived, by job id. */
    public Map<String, Instant> arrivals() {
        return Map.copyOf(firstArrival);
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.close();
    }
}
