package io.avatarforge.gateway.idempotency;

import io.avatarforge.gateway.security.Caller;
import io.avatarforge.gateway.web.ApiProblemException;
import io.avatarforge.gateway.web.ProblemCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} with Stripe's semantics, for any POST endpoint that answers a
 * {@code CompletableFuture<ResponseEntity<Object>>}: the endpoint hands over the key ({@link #keyOf}) and a supplier
 * of its answer ({@link #answer}).
 *
 * <ul>
 *   <li>The first request with a key inserts the key in flight (the insert decides the winner across replicas), runs,
 *       and records its answer before the client gets it.</li>
 *   <li>The same key and body later: the recorded answer again, with {@code Idempotent-Replayed: true}; nothing
 *       runs.</li>
 *   <li>The same key with another body: 422 {@code idempotency_key_reused}. While the first request is still in
 *       flight: 409 {@code idempotency_key_in_use} with {@code Retry-After: 1}.</li>
 *   <li>Recorded are 2xx answers and the 4xx refusals that this request's content decides. 429 (rate limits,
 *       budgets), 5xx and failures to fetch an image URL depend on the moment, not on the request: the key is
 *       released instead, so the client can retry with it.</li>
 * </ul>
 */
@Service
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** The header as the API document describes it. */
    public static final String DESCRIPTION = "Makes the request safe to retry: a retry with the same key and body "
            + "within 24 hours gets the first answer again (with Idempotent-Replayed: true) instead of a second job. "
            + "Unique per request, 1 to 255 printable ASCII characters, scoped to the API key or user.";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyService.class);
    private static final int MAX_KEY_LENGTH = 255;
    /** Headers of a recorded response that are replayed; Content-Type is always JSON. */
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION);
    /** 4xx refusals caused by the moment, not by the request: a retry with the same key may well succeed. */
    private static final Set<String> TRANSIENT_REFUSALS = Set.of(ProblemCode.IMAGE_FETCH_FAILED.apiCode());
    /** How often a request retries its claim when the row it conflicted with vanished (released or expired). */
    private static final int CLAIM_ROUNDS = 3;

    private final IdempotencyRepository repository;
    private final IdempotencyProperties properties;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    /** Records answers that complete later (synchronous waits) off the thread that completed them. */
    private final Executor recorders = Executors.newVirtualThreadPerTaskExecutor();

    IdempotencyService(IdempotencyRepository repository, IdempotencyProperties properties, JsonMapper jsonMapper,
            Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
    }

    /**
     * The request's key, or null when it sent none. The key is the caller's: an API key's when one was used, else the
     * user's. Refuses a key that is not 1 to 255 printable ASCII characters, or sent more than once, with 400
     * {@code invalid_field}. {@code request} is the request body as bound; its fingerprint is the SHA-256 of its
     * canonical JSON (map entries sorted), so a retry that spells the same JSON differently is the same request.
     */
    public @Nullable IdempotencyKey keyOf(HttpHeaders headers, Caller caller, Object request) {
        List<String> values = headers.get(HEADER);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || !isValidKey(values.getFirst())) {
            throw new ApiProblemException(ProblemCode.INVALID_FIELD,
                    HEADER + ": must be sent once, with 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
        }
        String scope = caller.keyId() != null ? "key:" + caller.keyId() : "user:" + caller.userId();
        return new IdempotencyKey(scope, values.getFirst(), fingerprint(request));
    }

    /**
     * Answers with {@code answer}, once per key: without a key it simply runs; with one it runs only for the first
     * request and replays its recorded answer afterwards (see the class comment). {@code answerWithin} is how long the
     * answer may take beyond intake (a synchronous request's wait): the key stays in flight that long plus
     * {@code avatar.gateway.idempotency.in-flight-grace} before another request may take it over.
     */
    public CompletableFuture<ResponseEntity<Object>> answer(@Nullable IdempotencyKey key, Duration answerWithin,
            Supplier<CompletableFuture<ResponseEntity<Object>>> answer) {
        if (key == null) {
            return answer.get();
        }
        UUID attempt = UUID.randomUUID();
        Optional<RecordedAnswer> recorded = claim(key, attempt, answerWithin);
        if (recorded.isPresent()) {
            return CompletableFuture.completedFuture(replay(recorded.get()));
        }
        CompletableFuture<ResponseEntity<Object>> running;
        try {
            running = answer.get();
        } catch (RuntimeException e) {
            settle(key, attempt, null, e);
            throw e;
        }
        BiFunction<@Nullable ResponseEntity<Object>, @Nullable Throwable, ResponseEntity<Object>> settle =
                (response, error) -> {
                    settle(key, attempt, response, error);
                    if (error != null) {
                        throw error instanceof CompletionException wrapped ? wrapped : new CompletionException(error);
                    }
                    return response;
                };
        // Recorded before the client has the answer, so that a retry after it never finds the key in flight.
        return running.isDone() ? running.handle(settle) : running.handleAsync(settle, recorders);
    }

    /**
     * Makes the key {@code attempt}'s, or returns the answer recorded for it, or refuses: 422 when it was used with
     * another body, 409 while its request is in flight.
     */
    private Optional<RecordedAnswer> claim(IdempotencyKey key, UUID attempt, Duration answerWithin) {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            Instant now = clock.instant();
            Instant lockedUntil = now.plus(answerWithin).plus(properties.inFlightGrace());
            if (repository.insert(key, attempt, lockedUntil, now)) {
                return Optional.empty();
            }
            Optional<IdempotencyRepository.StoredKey> found = repository.find(key);
            if (found.isEmpty()) {
                continue; // released by a request that was not recorded, or cleaned up: insert again
            }
            IdempotencyRepository.StoredKey stored = found.get();
            boolean expired = !stored.createdAt().isAfter(now.minus(properties.ttl()));
            if (!expired && !stored.fingerprint().equals(key.fingerprint())) {
                throw new ApiProblemException(ProblemCode.IDEMPOTENCY_KEY_REUSED, HEADER
                        + " was used with a different request body; use a new key for a new request");
            }
            boolean abandoned = stored.answer() == null && stored.lockedUntil().isBefore(now);
            if (expired || abandoned) {
                if (repository.takeOver(key, stored.attempt(), attempt, lockedUntil, now)) {
                    if (abandoned) {
                        LOG.warn("Idempotency-Key of {} was in flight past {}; a retry took it over", key.scope(),
                                stored.lockedUntil());
                    }
                    return Optional.empty();
                }
                continue;
            }
            if (stored.answer() == null) {
                throw inUse();
            }
            return Optional.of(stored.answer());
        }
        throw inUse();
    }

    private static ApiProblemException inUse() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return new ApiProblemException(ProblemCode.IDEMPOTENCY_KEY_IN_USE,
                "A request with this " + HEADER + " is still being answered; retry shortly", headers);
    }

    private ResponseEntity<Object> replay(RecordedAnswer answer) {
        HttpHeaders headers = new HttpHeaders();
        answer.headers().forEach(headers::put);
        headers.set(REPLAYED_HEADER, "true");
        if (answer.kind() == RecordedAnswer.Kind.PROBLEM) {
            JsonNode problem = jsonMapper.readTree(String.valueOf(answer.body()));
            throw ApiProblemException.replayed(answer.status(), problem.get("code").asString(),
                    problem.get("detail").asString(), headers);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).headers(headers);
        // The body as it was written the first time, byte for byte.
        return answer.body() == null ? response.build() : response.contentType(MediaType.APPLICATION_JSON)
                .body(answer.body());
    }

    /**
     * Records what the request answered, or releases its key when the answer is not one to replay. A failure to do
     * either does not change the client's answer: the key then stays in flight until its lock runs out.
     */
    private void settle(IdempotencyKey key, UUID attempt, @Nullable ResponseEntity<Object> response,
            @Nullable Throwable error) {
        try {
            Optional<RecordedAnswer> recordable = error == null ? recordable(response) : recordable(error);
            boolean held = recordable.isPresent() ? repository.record(key, attempt, recordable.get())
                    : repository.release(key, attempt);
            if (!held) {
                LOG.warn("Idempotency-Key of {} was taken over while its first request ran; its answer is not kept",
                        key.scope());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record the answer to an Idempotency-Key of {}; it stays in flight for a while: {}",
                    key.scope(), e.toString());
        }
    }

    private Optional<RecordedAnswer> recordable(@Nullable ResponseEntity<Object> response) {
        if (response == null || !isReplayable(response.getStatusCode().value(), null)) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            List<String> values = response.getHeaders().get(name);
            if (values != null && !values.isEmpty()) {
                headers.put(name, values);
            }
        }
        Object body = response.getBody();
        return Optional.of(new RecordedAnswer(RecordedAnswer.Kind.BODY, response.getStatusCode().value(), headers,
                body == null ? null : jsonMapper.writeValueAsString(body)));
    }

    private Optional<RecordedAnswer> recordable(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof ApiProblemException problem) || !isReplayable(problem.status().value(), problem.code())) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        problem.headers().forEach(headers::put);
        return Optional.of(new RecordedAnswer(RecordedAnswer.Kind.PROBLEM, problem.status().value(), headers,
                jsonMapper.writeValueAsString(Map.of("code", problem.code(), "detail",
                        String.valueOf(problem.getMessage())))));
    }

    /** 2xx, and 4xx refusals other than 429 and the transient ones. */
    static boolean isReplayable(int status, @Nullable String code) {
        if (status >= 200 && status < 300) {
            return true;
        }
        return status >= 400 && status < 500 && status != 429
                && (code == null || !TRANSIENT_REFUSALS.contains(code));
    }

    private static boolean isValidKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private String fingerprint(Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // Streamed into the digest: a request can carry a photo of many megabytes.
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
                jsonMapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValue(out, request);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
