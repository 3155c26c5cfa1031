package io.avatarforge.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A port that refuses connections until {@link #open} forwards it to a real address. The in-process KRaft broker
 * cannot be started on a chosen port, so a test that needs "the broker is down, then comes back" points the clients'
 * bootstrap list here: closed, nothing listens (connection refused, exactly like a dead broker); open, the bootstrap
 * connection reaches the broker, whose metadata then sends the clients to its own address. {@link #cut} simulates an
 * outage of whatever is behind it (PostgreSQL, for one): every open connection is closed and new ones are refused
 * until it is opened again.
 */
public final class TcpGate implements AutoCloseable {

    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile @Nullable ServerSocket server;

    public TcpGate() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public void open(String targetHost, int targetPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        bind(socket);
        server = socket;
        Thread.ofVirtual().name("tcp-gate-accept").start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    open.add(client);
                    Socket upstream = new Socket(targetHost, targetPort);
                    open.add(upstream);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /**
     * A closed listener's port is released only once its accepting thread has woken up from {@code accept}, a moment
     * after {@link #cut}: reopening at once can find it still taken, so binding is retried briefly.
     */
    private void bind(ServerSocket socket) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                return;
            } catch (java.net.BindException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Closes every connection through the gate and refuses new ones, until {@link #open} is called again. */
    public void cut() throws IOException {
        close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private static void pump(Socket from, Socket to) {
        Thread.ofVirtual().name("tcp-gate-pump").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // One side closed; closing both ends the other pump too.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        ServerSocket socket = server;
        if (socket != null) {
            socket.close();
        }
    }
}
