package io.avatarforge.standalone;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

/**
 * A webhook receiver on this machine that accepts every event (204) and checks nothing, for tests about the sender; at
 * {@link #refusingUrl()} it refuses every one (503) instead.
 */
final class AcceptingWebhookReceiver implements AutoCloseable {

    private final HttpServer server;

    private AcceptingWebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static AcceptingWebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.createContext("/down", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            });
            server.start();
            return new AcceptingWebhookReceiver(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    String refusingUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/down";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
