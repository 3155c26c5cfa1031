package io.avatarforge.bench.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 keep-alive client connection on a plain socket: one request at a time, Content-Length and
 * chunked bodies. Cheaper per request than a general-purpose client, so that on a two-core machine the load generator
 * takes as little CPU as possible from the server it measures. Loopback only.
 */
public final class HttpConnection implements AutoCloseable {

    /** A response: status, the body, and the Location header when there was one. */
    public record Response(int status, byte[] body, String location) {
    }

    private static final int TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean open;

    /** The credential every connection of this process sends, set once before load starts (the admin key first). */
    private static volatile String authorization = "";

    /** Sends {@code Authorization: Bearer <credential>} on every request from now on. */
    public static void useBearer(String credential) {
        authorization = "Authorization: Bearer " + credential + "\r\n";
    }

    public HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
        open = true;
    }

    public Response get(String path) throws IOException {
        byte[] head = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + authorization + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return exchange(head, null);
    }

    public Response post(String path, byte[] body) throws IOException {
        return post(path, new byte[][] {body});
    }

    /** Posts with another credential than the process-wide one (an admin call in the middle of a run). */
    public Response postAs(String path, byte[] body, String credential) throws IOException {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\nAuthorization: Bearer " + credential + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return exchange(head, new byte[][] {body});
    }

    /** Posts the concatenation of {@code parts} as one JSON body, without copying them together. */
    public Response post(String path, byte[][] parts) throws IOException {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + length
                + "\r\n" + authorization + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return exchange(head, parts);
    }

    private Response exchange(byte[] head, byte[][] body) throws IOException {
        for (int attempt = 0; ; attempt++) {
            boolean reused = open;
            if (!open) {
                connect();
            }
            try {
                out.write(head);
                if (body != null) {
                    for (byte[] part : body) {
                        out.write(part);
                    }
                }
                out.flush();
                return read();
            } catch (IOException e) {
                close();
                // The server may close an idle or used-up keep-alive connection just as we reuse it: retry once.
                if (!reused || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private Response read() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before the response");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        String location = "";
        String header;
        while ((header = line()) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                case "location" -> location = value;
                default -> {
                }
            }
        }
        byte[] body;
        if (status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if (chunked) {
            ByteArrayOutputStream collected = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                if (size == null) {
                    throw new IOException("connection closed inside a chunked body");
                }
                int semicolon = size.indexOf(';');
                int chunk = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    String trailer;
                    while ((trailer = line()) != null && !trailer.isEmpty()) {
                        // Trailers are ignored.
                    }
                    break;
                }
                collected.write(in.readNBytes(chunk));
                line();
            }
            body = collected.toByteArray();
        } else if (contentLength >= 0) {
            body = in.readNBytes((int) contentLength);
        } else {
            body = in.readAllBytes();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body, location);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        open = false;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a broken socket can fail; nothing to do.
            }
        }
    }
}
