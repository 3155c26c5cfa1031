package io.avatarforge.gateway.intake;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.InetAddressFilter;

/**
 * Fetches image URLs without becoming a way into the network it runs in (SSRF). Only http and https; every address a
 * host name resolves to must be public, and the check happens in the HTTP client's own DNS step, so the address that
 * was checked is the address connected to (no second lookup an attacker's DNS could answer differently). Numeric host
 * spellings other than a plain dotted quad ({@code 2130706433}, {@code 0x7f000001}, {@code 127.1}) are refused
 * outright. Redirects are followed by hand, each hop checked the same way, at most
 * {@link ImageIntakeLimits#maxRedirects()}. The body is capped while it streams; connect and read are timed out, and so
 * is the whole fetch.
 */
public final class RemoteImageFetcher implements AutoCloseable {

    /**
     * Public unicast addresses (Spring Boot's definition: no loopback, private, link-local, CGNAT, unique-local,
     * multicast, documentation or other special-purpose ranges, no all-zero address), and no IPv6 address that embeds
     * an IPv4 one, whose IPv4 part would otherwise escape the IPv4 ranges.
     */
    static final InetAddressFilter PUBLIC_ADDRESSES = InetAddressFilter.externalAddresses()
            .andNot(RemoteImageFetcher::embedsIpv4);

    private static final Pattern NUMERIC_HOST = Pattern.compile(
            "(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final ImageIntakeLimits limits;
    private final InetAddressFilter allowed;
    private final CloseableHttpClient client;

    public RemoteImageFetcher(ImageIntakeLimits limits) {
        this(limits, PUBLIC_ADDRESSES);
    }

    /** Tests widen {@code allowed} to a loopback address to fetch from a local server; production never does. */
    RemoteImageFetcher(ImageIntakeLimits limits, InetAddressFilter allowed) {
        this.limits = limits;
        this.allowed = allowed;
        Timeout connect = Timeout.of(limits.connectTimeout());
        Timeout read = Timeout.of(limits.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(allowed))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .build())
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                        .build())
                // Direct connections only: through a proxy, the proxy would resolve the name, out of the check's reach.
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(read)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                // The cap applies to the bytes on the wire, with no decompression in between.
                .disableContentCompression()
                .setUserAgent("AvatarForge-ImageIntake/1")
                .build();
    }

    /** The body of a 2xx answer to GET {@code url}; every refusal or failure is an {@link ApiProblemException}. */
    byte[] fetch(String url) {
        long deadline = System.nanoTime() + limits.connectTimeout().plus(limits.readTimeout()).toNanos();
        URI current = parse(url);
        for (int redirects = 0; ; redirects++) {
            checkTarget(current);
            Answer answer = get(current, deadline);
            if (answer.body() != null) {
                return answer.body();
            }
            if (redirects >= limits.maxRedirects()) {
                throw fetchFailed("The image URL redirected more than " + limits.maxRedirects() + " times");
            }
            current = Objects.requireNonNull(answer.redirect());
        }
    }

    /** Either the body of a 2xx answer or where a 3xx answer points. */
    private record Answer(byte @Nullable [] body, @Nullable URI redirect) {
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw notAllowed("image is not a valid URL");
        }
    }

    private void checkTarget(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw notAllowed("Only http and https image URLs are accepted");
        }
        if (uri.getRawUserInfo() != null) {
            throw notAllowed("Image URLs must not carry credentials");
        }
        String written = writtenHost(uri.getRawAuthority());
        if (NUMERIC_HOST.matcher(written).matches() && !DOTTED_QUAD.matcher(written).matches()) {
            throw notAllowed("Numeric hosts must be written as a dotted quad such as 203.0.113.7");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw notAllowed("The image URL has no valid host name");
        }
        if (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()) {
            InetAddress literal;
            try {
                literal = InetAddress.ofLiteral(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            } catch (IllegalArgumentException e) {
                throw notAllowed("The image URL's host is not a valid IP address");
            }
            if (!allowed.matches(literal)) {
                throw notAllowed("The image URL points at a non-public address");
            }
        }
    }

    /** The host exactly as written in the authority: the check above must see what a lenient resolver would. */
    private static String writtenHost(@Nullable String authority) {
        if (authority == null) {
            return "";
        }
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            return end < 0 ? hostAndPort : hostAndPort.substring(0, end + 1);
        }
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private Answer get(URI uri, long deadline) {
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", "image/png, image/jpeg, image/webp");
        boolean complete = false;
        try (ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            try {
                int status = response.getCode();
                if (status >= 300 && status < 400 && status != 304) {
                    return new Answer(null, redirectTarget(uri, response));
                }
                if (status < 200 || status >= 300) {
                    throw fetchFailed("The image URL answered HTTP " + status);
                }
                HttpEntity entity = response.getEntity();
                byte[] body = entity == null ? new byte[0] : readCapped(entity, deadline);
                complete = true;
                return new Answer(body, null);
            } finally {
                if (!complete) {
                    abort(response);
                }
            }
        } catch (AddressNotAllowedException e) {
            throw notAllowed("The image URL's host resolves to a non-public address");
        } catch (SocketTimeoutException e) {
            throw fetchFailed("The image URL did not answer in time");
        } catch (UnknownHostException e) {
            throw fetchFailed("The image URL's host name could not be resolved");
        } catch (IOException e) {
            throw fetchFailed("The image could not be fetched from its URL");
        }
    }

    /**
     * Drops the connection: closing the response instead would read an unwanted (possibly endless) body to its end
     * so as to reuse the connection.
     */
    private static void abort(ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        try {
            if (entity != null && entity.getContent() instanceof EofSensorInputStream stream) {
                stream.abort();
            }
        } catch (IOException | RuntimeException e) {
            // Already broken: there is nothing left to drop, and the refusal being thrown is what matters.
        }
    }

    private static URI redirectTarget(URI from, ClassicHttpResponse response) {
        Header location = response.getFirstHeader("Location");
        if (location == null) {
            throw fetchFailed("The image URL redirected without a Location");
        }
        try {
            return from.resolve(new URI(location.getValue()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw notAllowed("The image URL redirected to an invalid URL");
        }
    }

    private byte[] readCapped(HttpEntity entity, long deadline) throws IOException {
        long max = limits.maxBytes();
        if (entity.getContentLength() > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.min(Math.max(entity.getContentLength(), 8192), max));
        byte[] buffer = new byte[16384];
        // Not closed on refusal: closing reads the rest of the body; the caller aborts the connection instead.
        InputStream in = entity.getContent();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (body.size() + (long) n > max) {
                throw tooLarge(max);
            }
            if (System.nanoTime() - deadline > 0) {
                throw fetchFailed("The image URL took too long to send the image");
            }
            body.write(buffer, 0, n);
        }
        in.close();
        return body.toByteArray();
    }

    private static boolean embedsIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return false;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        // ::a.b.c.d (IPv4-compatible) and ::ffff:a.b.c.d (IPv4-mapped, should the JDK not have unwrapped it)
        return (bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private static ApiProblemException notAllowed(String detail) {
        return new ApiProblemException(ProblemCode.URL_NOT_ALLOWED, detail);
    }

    private static ApiProblemException fetchFailed(String detail) {
        return new ApiProblemException(ProblemCode.IMAGE_FETCH_FAILED, detail);
    }

    private static ApiProblemException tooLarge(long max) {
        return ImageIntake.tooLarge("The image at the URL is larger than the limit of " + max + " bytes");
    }

    /** Raised inside the client's DNS step, so it surfaces from the connection attempt itself. */
    private static final class AddressNotAllowedException extends UnknownHostException {

        AddressNotAllowedException(String host) {
            super("Not a public address: " + host);
        }
    }

    /** Resolves once and hands the client only addresses that passed; refuses the host if any did not. */
    private static final class CheckedDnsResolver implements DnsResolver {

        private final InetAddressFilter allowed;

        CheckedDnsResolver(InetAddressFilter allowed) {
            this.allowed = allowed;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            for (InetAddress address : addresses) {
                if (!allowed.matches(address)) {
                    throw new AddressNotAllowedException(host);
                }
            }
            return addresses;
        }

        @Override
        public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
            return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
        }
    }
}
