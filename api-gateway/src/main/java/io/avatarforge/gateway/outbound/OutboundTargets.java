package io.avatarforge.gateway.outbound;

import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.InetAddressFilter;

/**
 * What a URL a caller names may point at, checked before anything is sent: its scheme, no credentials, a host
 * spelled so that every resolver reads it the same way (numeric hosts other than a plain dotted quad, such as
 * {@code 2130706433}, {@code 0x7f000001} or {@code 127.1}, are refused outright), and a literal address only when it
 * is allowed. A host name's addresses are checked where the connection is made ({@link OutboundHttp}), and, for a URL
 * kept to be called later, also when it is accepted ({@link #checkResolves}). Every refusal is {@code url_not_allowed}
 * with {@code subject} ("The image URL", "webhook_url") naming the URL in its detail.
 */
public final class OutboundTargets {

    /**
     * Public unicast addresses (Spring Boot's definition: no loopback, private, link-local, CGNAT, unique-local,
     * multicast, documentation or other special-purpose ranges, no all-zero address), and no IPv6 address that embeds
     * an IPv4 one, whose IPv4 part would otherwise escape the IPv4 ranges.
     */
    public static final InetAddressFilter PUBLIC_ADDRESSES = InetAddressFilter.externalAddresses()
            .andNot(OutboundTargets::embedsIpv4);

    private static final Pattern NUMERIC_HOST = Pattern.compile(
            "(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final Set<String> schemes;
    private final InetAddressFilter allowed;
    private final String subject;

    /** URLs of one of {@code schemes} (lower case) whose addresses {@code allowed} accepts. */
    public OutboundTargets(Set<String> schemes, InetAddressFilter allowed, String subject) {
        this.schemes = Set.copyOf(schemes);
        this.allowed = allowed;
        this.subject = subject;
    }

    public InetAddressFilter allowed() {
        return allowed;
    }

    /** {@code url} parsed and checked ({@link #check}). */
    public URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw notAllowed(subject + " is not a valid URL");
        }
        check(uri);
        return uri;
    }

    /** Everything that can be checked without a lookup: scheme, credentials, host spelling, a literal address. */
    public void check(URI uri) {
        String scheme = uri.getScheme();
        if (scheme == null || !schemes.contains(scheme.toLowerCase(Locale.ROOT))) {
            throw notAllowed(subject + " must be an absolute " + String.join(" or ", schemes.stream().sorted()
                    .toList()) + " URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw notAllowed(subject + " must not carry credentials");
        }
        String written = writtenHost(uri.getRawAuthority());
        if (NUMERIC_HOST.matcher(written).matches() && !DOTTED_QUAD.matcher(written).matches()) {
            throw notAllowed("Numeric hosts must be written as a dotted quad such as 203.0.113.7");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw notAllowed(subject + " has no valid host name");
        }
        if (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()) {
            InetAddress literal;
            try {
                literal = InetAddress.ofLiteral(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            } catch (IllegalArgumentException e) {
                throw notAllowed(subject + "'s host is not a valid IP address");
            }
            if (!allowed.matches(literal)) {
                throw notAllowed(subject + " points at a non-public address");
            }
        }
    }

    /**
     * Also looks the host up now and requires every address to be allowed: for a URL that is accepted now and called
     * later, so that a caller learns at once that it will be refused. The check where the connection is made still
     * decides (DNS answers change).
     */
    public void checkResolves(URI uri) {
        check(uri);
        try {
            OutboundHttp.resolveAllowed(uri.getHost(), allowed);
        } catch (OutboundHttp.AddressNotAllowedException e) {
            throw notAllowed(subject + "'s host resolves to a non-public address");
        } catch (UnknownHostException e) {
            throw notAllowed(subject + "'s host name could not be resolved");
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

    public static ApiProblemException notAllowed(String detail) {
        return new ApiProblemException(ProblemCode.URL_NOT_ALLOWED, detail);
    }
}
