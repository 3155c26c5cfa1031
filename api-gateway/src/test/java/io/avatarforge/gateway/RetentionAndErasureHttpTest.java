package io.avatarforge.gateway;

import static io.avatarforge.testkit.ApiClient.JSON;
import static io.avatarforge.testkit.TestJobs.aCompletedJob;
import static io.avatarforge.testkit.TestJobs.aJobWhoseWorkerDied;
import static io.avatarforge.testkit.TestJobs.aQueuedJob;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.avatarforge.gateway.firebase.FirebaseIdTokenVerifier;
import io.avatarforge.gateway.firebase.FirebaseStandIn;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.testkit.ApiClient;
import io.avatarforge.testkit.AvatarIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Retention (with a clock the test moves) and erasure on request, on the gateway alone against real PostgreSQL and
 * the local-disk store: the images go, the job rows stay and say so, and the old image URL answers 410.
 */
@AvatarIntegrationTest(classes = {GatewayTestApplication.class, RetentionAndErasureHttpTest.Setup.class},
        properties = {
            "avatar.gateway.security.bootstrap-admin-key=" + RetentionAndErasureHttpTest.ADMIN_KEY,
            "avatar.gateway.security.firebase-project-id=" + RetentionAndErasureHttpTest.PROJECT,
            "avatar.retention.interval=200ms",
            "avatar.retention.input-hours=24",
            "avatar.retention.result-days=30"
        })
class RetentionAndErasureHttpTest {

    static final String ADMIN_KEY = "retention-admin-key-0123456789abcdef01234";
    static final String PROJECT = "avatar-forge-retention-test";
    private static final FirebaseStandIn GOOGLE = new FirebaseStandIn();
    private static final Duration PURGE_WAIT = Duration.ofSeconds(10);

    @TestConfiguration
    static class Setup {
        @Bean
        MovableClock clock() {
            return new MovableClock();
        }

        @Bean
        FirebaseIdTokenVerifier firebaseIdTokenVerifier() {
            return FirebaseIdTokenVerifier.forProject(PROJECT, GOOGLE.transport());
        }
    }

    /** The system clock moved on by an offset the test sets: the whole gateway (the purge too) runs on it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
        private volatile boolean moved;

        void advance(Duration by) {
            moved = true;
            offset.updateAndGet(current -> current.plus(by));
        }

        /** Whether it was moved since the last call. */
        boolean takeMoved() {
            boolean was = moved;
            moved = false;
            return was;
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImageStore images;

    @Autowired
    MovableClock clock;

    @AfterEach
    void backToNow() throws InterruptedException {
        clock.reset();
        if (clock.takeMoved()) {
            // A purge run that began before the reset still works with the future cutoff it took; let it end before
            // the next test writes rows.
            Thread.sleep(1000);
        }
    }

    @Test
    void aPhotoIsDeletedInputHoursAfterItsJobEndedAndItsResultResultDaysAfter() {
        JobId job = aCompletedJob().ownedBy("retained-user").finishedAt(clock.instant()).insert(jdbc, images);
        String imageUrl = status(job, ADMIN_KEY).get("image_url").asString();

        JobId older = aCompletedJob().finishedAt(clock.instant().minus(Duration.ofHours(2))).insert(jdbc, images);

        clock.advance(Duration.ofHours(23));
        // Once the job that ended two hours earlier lost its photo, a purge ran at 23 hours.
        await().atMost(PURGE_WAIT).until(() -> purged(older, "input_purged_at"));
        assertThat(purged(job, "input_purged_at")).as("not yet a day").isFalse();
        clock.advance(Duration.ofHours(2));
        await().atMost(PURGE_WAIT).until(() -> purged(job, "input_purged_at"));
        assertThat(images.get(input(job))).isEmpty();
        assertThat(images.get(result(job))).as("the result is kept longer").isPresent();
        assertThat(status(job, ADMIN_KEY).get("image_expired").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(30));
        await().atMost(PURGE_WAIT).until(() -> purged(job, "result_purged_at"));
        assertThat(images.get(result(job))).isEmpty();
        JsonNode expired = status(job, ADMIN_KEY);
        assertThat(expired.get("status").asString()).as("purging never changes a job's state").isEqualTo("completed");
        assertThat(expired.get("image_expired").asBoolean()).isTrue();
        assertThat(expired.get("image_url").isNull()).isTrue();
        clock.reset();
        assertProblem(fetch(imageUrl), 410, "image_expired");
    }

    @Test
    void aJobsOwnerErasesItsImagesAtOnceAndTheJobSaysSo() throws Exception {
        String owner = createKey("generate", "erasing-owner");
        JobId job = aCompletedJob().ownedBy("erasing-owner").insert(jdbc, images);
        String imageUrl = status(job, owner).get("image_url").asString();
        assertThat(fetch(imageUrl).statusCode()).isEqualTo(200);

        assertThat(delete("/api/v1/avatar/jobs/" + job, owner).statusCode()).isEqualTo(204);

        assertThat(images.get(input(job))).isEmpty();
        assertThat(images.get(result(job))).isEmpty();
        JsonNode status = status(job, owner);
        assertThat(status.get("image_expired").asBoolean()).isTrue();
        assertThat(status.get("image_url").isNull()).isTrue();
        assertProblem(fetch(imageUrl), 410, "image_expired");
        assertThat(delete("/api/v1/avatar/jobs/" + job, owner).statusCode()).as("again: nothing left").isEqualTo(204);
    }

    @Test
    void erasingAJobWhoseResultAnsweredCacheHitsExpiresTheHitsToo() throws Exception {
        String owner = createKey("generate", "cached-owner");
        JobId source = aCompletedJob().ownedBy("cached-owner").insert(jdbc, images);
        JobId hit = aCompletedJob().ownedBy("cached-owner").insert(jdbc, images);
        // As the result cache writes a hit: the source's images, by reference.
        jdbc.sql("""
                update generation_job set cache_source_id = :source, actual_cost = 0,
                    input_image_ref = (select input_image_ref from generation_job where id = :source),
                    result_image_ref = (select result_image_ref from generation_job where id = :source)
                where id = :hit""").param("source", source.value()).param("hit", hit.value()).update();
        assertThat(status(hit, owner).get("image_url").isNull()).isFalse();

        assertThat(delete("/api/v1/avatar/jobs/" + source, owner).statusCode()).isEqualTo(204);

        JsonNode status = status(hit, owner);
        assertThat(status.get("image_expired").asBoolean()).as("its image was the source's: %s", status).isTrue();
        assertThat(status.get("image_url").isNull()).isTrue();
    }

    @Test
    void anotherCallersJobCannotBeErased() throws Exception {
        String stranger = createKey("generate", "stranger");
        JobId job = aCompletedJob().ownedBy("someone-else").insert(jdbc, images);

        assertProblem(delete("/api/v1/avatar/jobs/" + job, stranger), 404, "job_not_found");

        assertThat(images.get(result(job))).isPresent();
        assertThat(delete("/api/v1/avatar/jobs/" + job, ADMIN_KEY).statusCode()).as("an admin may").isEqualTo(204);
    }

    @Test
    void aQueuedJobIsCanceledAndErasedButARunningOneIsRefused() {
        JobId queued = aQueuedJob().ownedBy("busy-user").insert(jdbc, images);
        // A lease that runs out in ten minutes: a worker is on it.
        JobId running = aJobWhoseWorkerDied(1, Duration.ofMinutes(-10)).ownedBy("busy-user").insert(jdbc, images);

        assertThat(delete("/api/v1/avatar/jobs/" + queued, ADMIN_KEY).statusCode()).isEqualTo(204);
        assertProblem(delete("/api/v1/avatar/jobs/" + running, ADMIN_KEY), 409, "job_running");

        assertThat(status(queued, ADMIN_KEY).get("status").asString()).isEqualTo("canceled");
        assertThat(images.get(input(queued))).isEmpty();
        assertThat(images.get(input(running))).as("the worker still needs it").isPresent();
    }

    @Test
    void anAdminErasesAUsersImagesAndAnonymisesTheirJobsKeepingTheCosts() {
        JobId first = aCompletedJob().ownedBy("leaving-user").insert(jdbc, images);
        JobId second = aCompletedJob().ownedBy("leaving-user").insert(jdbc, images);
        JobId otherUsers = aCompletedJob().ownedBy("staying-user").insert(jdbc, images);
        jdbc.sql("insert into budget_usage (scope, usage_day, spent, reserved, generations) "
                + "values ('user:leaving-user', current_date, 0.02, 0, 2)").update();

        assertThat(delete("/api/v1/avatar/users/leaving-user/data", ADMIN_KEY).statusCode()).isEqualTo(204);

        for (JobId job : List.of(first, second)) {
            assertThat(images.get(input(job))).isEmpty();
            assertThat(images.get(result(job))).isEmpty();
            Map<String, Object> row = row(job);
            assertThat((String) row.get("user_id")).startsWith("erased-");
            assertThat(row.get("prompt")).isEqualTo("");
            assertThat((BigDecimal) row.get("actual_cost")).isEqualByComparingTo("0.01");
            assertThat(status(job, ADMIN_KEY).get("image_expired").asBoolean()).isTrue();
        }
        assertThat(row(first).get("user_id")).as("one marker per erasure").isEqualTo(row(second).get("user_id"));
        assertThat(jdbc.sql("select count(*) from generation_job where user_id = 'leaving-user'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from budget_usage where scope = 'user:leaving-user'").query(Long.class)
                .single()).as("the daily counters no longer name the user").isZero();
        assertThat(jdbc.sql("select spent from budget_usage where scope = :scope").param("scope",
                "user:" + row(first).get("user_id")).query(BigDecimal.class).single())
                .as("but keep the spend").isEqualByComparingTo("0.02");
        assertThat(images.get(result(otherUsers))).isPresent();
        assertThat(row(otherUsers).get("user_id")).isEqualTo("staying-user");
    }

    @Test
    void aFirebaseUserErasesTheirOwnDataButNoOneElses() throws Exception {
        JobId own = aCompletedJob().ownedBy("firebase-uid-7").insert(jdbc, images);
        JobId others = aCompletedJob().ownedBy("firebase-uid-8").insert(jdbc, images);
        String token = GOOGLE.idToken("firebase-uid-7", PROJECT, Instant.now().plusSeconds(3600));
        String keyOfTheSameUser = createKey("generate", "firebase-uid-8");

        assertProblem(delete("/api/v1/avatar/users/firebase-uid-8/data", token), 403, "forbidden");
        assertProblem(delete("/api/v1/avatar/users/firebase-uid-8/data", keyOfTheSameUser), 403, "forbidden");
        assertThat(delete("/api/v1/avatar/users/firebase-uid-7/data", token).statusCode()).isEqualTo(204);

        assertThat(images.get(result(own))).isEmpty();
        assertThat(images.get(result(others))).isPresent();
    }

    @Test
    void aUserWithAJobBeingGeneratedIsAskedToRetry() {
        JobId running = aJobWhoseWorkerDied(1, Duration.ofMinutes(-10)).ownedBy("patient-user").insert(jdbc, images);
        JobId done = aCompletedJob().ownedBy("patient-user").insert(jdbc, images);

        assertProblem(delete("/api/v1/avatar/users/patient-user/data", ADMIN_KEY), 409, "job_running");

        assertThat(images.get(result(done))).as("nothing was erased").isPresent();
        assertThat(row(running).get("user_id")).isEqualTo("patient-user");
    }

    private JsonNode status(JobId job, String bearer) {
        HttpResponse<String> response = api.withKey(bearer).get("/api/v1/avatar/status/" + job);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private HttpResponse<String> fetch(String absoluteUrl) {
        return api.withKey(null).send(HttpRequest.newBuilder(URI.create(absoluteUrl)).GET());
    }

    private HttpResponse<String> delete(String path, String bearer) {
        return api.withKey(bearer).send("DELETE", path, null);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(ApiClient.json(response).get("code").asString()).isEqualTo(code);
    }

    private String createKey(String scope, String userId) throws Exception {
        HttpResponse<String> created = api.withKey(ADMIN_KEY).send("POST", "/api/v1/admin/api-keys",
                JSON.writeValueAsString(Map.of("name", "k", "scopes", List.of(scope), "user_id", userId)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("key").asString();
    }

    private Map<String, Object> row(JobId job) {
        return jdbc.sql("select user_id, prompt, actual_cost from generation_job where id = :id")
                .param("id", job.value()).query().singleRow();
    }

    private boolean purged(JobId job, String column) {
        return jdbc.sql("select count(*) from generation_job where id = :id and " + column + " is not null")
                .param("id", job.value()).query(Long.class).single() == 1;
    }

    private ImageRef input(JobId job) {
        return new ImageRef(jdbc.sql("select input_image_ref from generation_job where id = :id")
                .param("id", job.value()).query(String.class).single());
    }

    private ImageRef result(JobId job) {
        return new ImageRef(jdbc.sql("select result_image_ref from generation_job where id = :id")
                .param("id", job.value()).query(String.class).single());
    }
}
