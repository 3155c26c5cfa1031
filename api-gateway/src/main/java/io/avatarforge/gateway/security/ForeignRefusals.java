package io.avatarforge.gateway.security;

import io.avatarforge.gateway.web.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the security chain's refusals (401, 403) for a family of paths whose clients expect an error shape of their
 * own instead of problem+json: the OpenAI-compatible endpoint, whose SDKs read OpenAI's error objects. A bean of this
 * type takes over the paths it covers; every other path keeps problem+json.
 */
public interface ForeignRefusals {

    boolean covers(HttpServletRequest request);

    /** Writes status and body of the refusal {@code code} (unauthenticated or forbidden), saying {@code detail}. */
    void write(HttpServletResponse response, ProblemCode code, String detail) throws IOException;
}
