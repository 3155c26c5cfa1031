package io.avatarforge.gateway.outbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.InetAddressFilter;

/**
 * The HTTP client for URLs callers name. Every address a host name resolves to must pass the filter, and the check
 * happens in the client's own DNS step, so the address that was checked is the address connected to (no second
 * lookup an attacker's DNS could answer differently). Direct connections only (a proxy would resolve the name out of
 * the check's reach); no redirects, retries, cookies, authentication caching or decompression (a size cap applies to
 * the bytes on the wire).
 */
public final class OutboundHttp {

    private OutboundHttp() {
    }

    /**
     * A client connecting only to addresses {@code allowed} accepts; a refused host fails the request with an
     * {@link AddressNotAllowedException}. {@code maxConnections} bounds the pool, in total and per host.
     */
    public static CloseableHttpClient client(InetAddressFilter allowed, Duration connectTimeout, Duration readTimeout,
            String userAgent, int maxConnections) {
        Timeout connect = Timeout.of(connectTimeout);
        Timeout read = Timeout.of(readTimeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(allowed))
                        .setMaxConnTotal(maxConnections)
                        .setMaxConnPerRoute(maxConnections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .build())
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                        .build())
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
                .disableContentCompression()
                .setUserAgent(userAgent)
                .build();
    }

    /**
     * Drops the connection of an answer not read to its end: closing the response instead would read an unwanted
     * (possibly endless) body to its end so as to reuse the connection.
     */
    public static void abort(ClassicHttpResponse response) {
        HttpEntity entity = response.getEntity();
        try {
            if (entity != null && entity.getContent() instanceof EofSensorInputStream stream) {
                stream.abort();
            }
        } catch (IOException | RuntimeException e) {
            // Already broken: there is nothing left to drop.
        }
    }

    /** Resolves {@code host} once; every address must pass {@code allowed}. */
    static InetAddress[] resolveAllowed(String host, InetAddressFilter allowed) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            if (!allowed.matches(address)) {
                throw new AddressNotAllowedException(host);
            }
        }
        return addresses;
    }

    /** Raised inside the client's DNS step, so it surfaces from the connection attempt itself. */
    public static final class AddressNotAllowedException extends UnknownHostException {

        AddressNotAllowedException(String host) {
            super("Not an allowed address: " + host);
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
            return resolveAllowed(host, allowed);
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
