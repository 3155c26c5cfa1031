package io.avatarforge.gateway.openai;

import io.avatarforge.gateway.security.ForeignRefusals;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security chain's 401 and 403 under {@code /v1/}, in OpenAI's shape (401 {@code invalid_api_key}), so that the
 * SDKs raise AuthenticationError and PermissionDeniedError.
 */
@Component
class OpenAiSecurityRefusals implements ForeignRefusals {

    private final JsonMapper json;

    OpenAiSecurityRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean covers(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/v1/");
    }

    @Override
    public void write(HttpServletResponse response, ProblemCode code, String detail) throws IOException {
        ResponseEntity<OpenAiError> answer = OpenAiErrors.of(new ApiProblemException(code, detail));
        response.setStatus(answer.getStatusCode().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), answer.getBody());
    }
}
