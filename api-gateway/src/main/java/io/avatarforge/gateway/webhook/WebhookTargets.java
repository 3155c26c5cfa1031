package io.avatarforge.gateway.webhook;

import io.avatarforge.gateway.outbound.OutboundTargets;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.http.client.InetAddressFilter;
import org.springframework.stereotype.Component;

/**
 * Where events may be sent: {@code https} URLs of public addresses, checked when a job is accepted (the host is looked
 * up then, so a caller learns at once) and again where each attempt connects ({@link WebhookSender}). The standalone
 * development mode ({@code avatar.webhooks.allow-private-targets}) also takes {@code http} and any address, so a
 * receiver on the developer's machine works.
 */
@Component
public class WebhookTargets {

    private final OutboundTargets targets;

    WebhookTargets(WebhookProperties properties) {
        this.targets = properties.allowPrivateTargets()
                ? new OutboundTargets(Set.of("http", "https"), InetAddressFilter.all(), "webhook_url")
                : new OutboundTargets(Set.of("https"), OutboundTargets.PUBLIC_ADDRESSES, "webhook_url");
    }

    /** The URL as it will be called; a {@code url_not_allowed} problem when it may not be. */
    public String accept(String url) {
        URI uri = targets.parse(url.strip());
        targets.checkResolves(uri);
        return uri.toString();
    }

    OutboundTargets rules() {
        return targets;
    }
}
