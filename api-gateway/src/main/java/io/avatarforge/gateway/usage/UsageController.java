package io.avatarforge.gateway.usage;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import io.avatarforge.gateway.web.openapi.ApiSecurity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/avatar/usage?from=&to=&user_id=}: days are ISO dates in the budget's timezone, inclusive. */
@RestController
@Tag(name = "Usage", description = "Generations and cost per day and user.")
@SecurityRequirement(name = ApiSecurity.API_KEY)
@SecurityRequirement(name = ApiSecurity.FIREBASE_ID_TOKEN)
class UsageController {

    private static final long MAX_DAYS = 366;

    private final UsageService usage;

    UsageController(UsageService usage) {
        this.usage = usage;
    }

    @GetMapping("/api/v1/avatar/usage")
    @Operation(summary = "Read usage", description = "Days are ISO dates in the budget's timezone, inclusive, at most "
            + MAX_DAYS + " of them. Admins see everyone's usage or one user's; anyone else only their own.")
    UsageReport usage(
            @Parameter(description = "First day (default: `to`)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "Last day (default: today)", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(name = "user_id", required = false) @Nullable String userId) {
        LocalDate today = usage.today();
        LocalDate end = day("to", to, today);
        LocalDate start = day("from", from, end);
        if (start.isAfter(end)) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD, "from: must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    "from: a report covers at most " + MAX_DAYS + " days");
        }
        // Admins see everyone's usage (or one user's); anyone else sees only their own.
        Caller caller = Caller.current();
        String requested = userId == null || userId.isBlank() ? null : userId;
        if (!caller.isAdmin()) {
            if (requested != null && !requested.equals(caller.userId())) {
                throw new ApiProblemException(ProblemCode.FORBIDDEN, "Only admins may read another user's usage");
            }
            requested = caller.userId();
        }
        return usage.report(start, end, requested);
    }

    private static LocalDate day(String name, @Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    name + ": must be an ISO date such as 2026-11-25");
        }
    }
}
