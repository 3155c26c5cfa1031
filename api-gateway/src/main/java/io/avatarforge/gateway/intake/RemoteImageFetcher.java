package io.avatarforge.gateway.intake;

import io.avatarforge.gateway.outbound.OutboundHttp;
import io.avatarforge.gateway.outbound.OutboundTargets;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.InetAddressFilter;

/**
 * Fetches image URLs without becoming a way into the network it runs in (SSRF), with the gateway's outbound rules
 * ({@link OutboundTargets}, {@link OutboundHttp}): only http and https, only public addresses, checked in the HTTP
 * client's own DNS step so the address checked is the address connected to; numeric host spellings other than a plain
 * dotted quad are refused outright. Redirects are followed by hand, each hop checked the same way, at most
 * {@link ImageIntakeLimits#maxRedirects()}. The body is capped while it streams; connect and read are timed out, and so
 * is the whole fetch. Image URLs are held to public addresses everywhere, development included.
 */
public final class RemoteImageFetcher implements AutoCloseable {

    /** Public addresses only: the rule image URLs are held to (kept here for the tests that name it). */
    static final InetAddressFilter PUBLIC_ADDRESSES = OutboundTargets.PUBLIC_ADDRESSES;
    /** Enough connections for concurrent intakes fetching from the same host. */
    private static final int MAX_CONNECTIONS = 25;

    private final ImageIntakeLimits limits;
    private final OutboundTargets targets;
    private final CloseableHttpClient client;

    public RemoteImageFetcher(ImageIntakeLimits limits) {
        this(limits, PUBLIC_ADDRESSES);
    }

    /** Tests widen {@code allowed} to a loopback address to fetch from a local server; production never does. */
    RemoteImageFetcher(ImageIntakeLimits limits, InetAddressFilter allowed) {
        this.limits = limits;
        this.targets = new OutboundTargets(Set.of("http", "https"), allowed, "The image URL");
        this.client = OutboundHttp.client(allowed, limits.connectTimeout(), limits.readTimeout(),
                "AvatarForge-ImageIntake/1", MAX_CONNECTIONS);
    }

    /** The body of a 2xx answer to GET {@code url}; every refusal or failure is an {@link ApiProblemException}. */
    byte[] fetch(String url) {
        long deadline = System.nanoTime() + limits.connectTimeout().plus(limits.readTimeout()).toNanos();
        URI current = parse(url);
        for (int redirects = 0; ; redirects++) {
            targets.check(current);
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
                    OutboundHttp.abort(response);
                }
            }
        } catch (OutboundHttp.AddressNotAllowedException e) {
            throw notAllowed("The image URL's host resolves to a non-public address");
        } catch (SocketTimeoutException e) {
            throw fetchFailed("The image URL did not answer in time");
        } catch (UnknownHostException e) {
            throw fetchFailed("The image URL's host name could not be resolved");
        } catch (IOException e) {
            throw fetchFailed("The image could not be fetched from its URL");
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

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    private static ApiProblemException notAllowed(String detail) {
        return OutboundTargets.notAllowed(detail);
    }

    private static ApiProblemException fetchFailed(String detail) {
        return new ApiProblemException(ProblemCode.IMAGE_FETCH_FAILED, detail);
    }

    private static ApiProblemException tooLarge(long max) {
        return ImageIntake.tooLarge("The image at the URL is larger than the limit of " + max + " bytes");
    }
}
