package io.avatarforge.gateway.retention;

import io.avatarforge.model.job.GenerationJob;
import io.avatarforge.model.job.JobId;
import io.avatarforge.model.job.JobState;
import io.avatarforge.model.storage.ImageRef;
import io.avatarforge.model.storage.ImageStore;
import io.avatarforge.platform.budget.LedgerSettlement;
import io.avatarforge.platform.job.GenerationJobRows;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes jobs' images from the store and records that they are gone ({@code input_purged_at},
 * {@code result_purged_at}). The images are deleted first and the marks written after, in the caller's transaction
 * with the rows locked: a failure leaves a mark unwritten (the next run deletes again, which is harmless), never an
 * image stored that the row says is gone. Writes only the purge columns; a job's state is never touched here.
 *
 * <p>Jobs answered by the result cache refer to their source job's images; an image is one object however many jobs
 * refer to it. Deleting it therefore marks every job that refers to it, not only the ones being purged or erased: no
 * job's status may offer a link to an image that is gone. (An erasure errs on the side of deleting: a user's erased
 * photo is gone for the identical requests it answered too.)
 */
@Repository
public class JobImages {

    private final JdbcClient jdbc;
    private final ImageStore images;

    JobImages(JdbcClient jdbc, ImageStore images) {
        this.jdbc = jdbc;
        this.images = images;
    }

    private record Stored(JobId id, ImageRef input, @Nullable ImageRef result) {
    }

    /**
     * Deletes the photos of up to {@code limit} jobs that ended at or before {@code endedBy} and still have one; rows
     * other purges hold are skipped ({@code SKIP LOCKED}), so gateways never work on the same job. Returns how many.
     */
    int purgeInputs(Instant endedBy, int limit, Instant now) {
        List<Stored> jobs = lockEndedUnpurged("input_purged_at", endedBy, limit);
        jobs.forEach(job -> images.delete(job.input()));
        markInputs(jobs, now);
        return jobs.size();
    }

    /** As {@link #purgeInputs} for results; a job that ended without one is marked all the same, so it is read once. */
    int purgeResults(Instant endedBy, int limit, Instant now) {
        List<Stored> jobs = lockEndedUnpurged("result_purged_at", endedBy, limit);
        jobs.stream().map(Stored::result).filter(Objects::nonNull).forEach(images::delete);
        markResults(jobs, now);
        return jobs.size();
    }

    private List<Stored> lockEndedUnpurged(String purgedColumn, Instant endedBy, int limit) {
        return jdbc.sql("select id, input_image_ref, result_image_ref from generation_job where " + purgedColumn
                        + " is null and finished_at <= :endedBy order by finished_at limit :limit for update skip locked")
                .param("endedBy", GenerationJobRows.timestamp(endedBy))
                .param("limit", limit)
                .query((rs, n) -> stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Deletes both images of one job at once (erasure on request) and marks them gone; for an ended job. */
    public void erase(JobId id, Instant now) {
        List<Stored> jobs = jdbc.sql("""
                select id, input_image_ref, result_image_ref from generation_job where id = :id for update
                """)
                .param("id", id.value())
                .query((rs, n) -> stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        eraseAll(jobs, now);
    }

    /**
     * Erases the images of up to {@code limit} of {@code userId}'s jobs and anonymises those rows: the user id becomes
     * {@code marker}, the prompt is cleared; costs, provider, style and times stay for usage reports. Returns how many
     * rows it changed, so the caller repeats until none is left.
     */
    public int eraseUser(String userId, String marker, int limit, Instant now) {
        List<Stored> jobs = jdbc.sql("""
                select id, input_image_ref, result_image_ref from generation_job where user_id = :user
                order by created_at limit :limit for update
                """)
                .param("user", userId)
                .param("limit", limit)
                .query((rs, n) -> stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
        eraseAll(jobs, now);
        if (!jobs.isEmpty()) {
            jdbc.sql("update generation_job set user_id = :marker, prompt = '' where id in (:ids)")
                    .param("marker", marker)
                    .param("ids", jobs.stream().map(job -> job.id().value()).toList())
                    .update();
        }
        return jobs.size();
    }

    /**
     * Renames the user's daily budget counters ({@code budget_usage} rows of scope {@code user:<id>}) to the erasure's
     * marker: the spend and counts stay for the daily caps and reports, the user id goes.
     */
    public void anonymiseBudget(String userId, String marker) {
        jdbc.sql("update budget_usage set scope = :marker where scope = :user")
                .param("marker", LedgerSettlement.userScope(marker))
                .param("user", LedgerSettlement.userScope(userId))
                .update();
    }

    /** The user's jobs that have not ended (queued or running). */
    public List<GenerationJob> unfinishedJobsOf(String userId) {
        return jdbc.sql("select " + GenerationJobRows.COLUMNS + " from generation_job where user_id = :user"
                        + " and state in (:states)")
                .param("user", userId)
                .param("states", Stream.of(JobState.values()).filter(state -> !state.isTerminal())
                        .map(JobState::name).toList())
                .query((rs, n) -> GenerationJobRows.map(rs))
                .list();
    }

    private void eraseAll(List<Stored> jobs, Instant now) {
        for (Stored job : jobs) {
            images.delete(job.input());
            if (job.result() != null) {
                images.delete(job.result());
            }
        }
        markInputs(jobs, now);
        markResults(jobs, now);
    }

    private void markInputs(List<Stored> jobs, Instant now) {
        mark("input_purged_at", "input_image_ref", jobs, jobs.stream().map(job -> job.input().key()).toList(), now);
    }

    private void markResults(List<Stored> jobs, Instant now) {
        mark("result_purged_at", "result_image_ref", jobs,
                jobs.stream().map(Stored::result).filter(Objects::nonNull).map(ImageRef::key).toList(), now);
    }

    /**
     * The first time only: a mark says when the image went, which a repeated erasure does not change. Marks the jobs
     * and every other job referring to one of the deleted images ({@code refColumn} in {@code refs}).
     */
    private void mark(String column, String refColumn, List<Stored> jobs, List<String> refs, Instant now) {
        if (jobs.isEmpty()) {
            return;
        }
        // An empty IN list is not valid SQL; a key no image has stands in for "no other job".
        List<String> shared = refs.isEmpty() ? List.of("") : refs;
        jdbc.sql("update generation_job set " + column + " = coalesce(" + column + ", :now) where id in (:ids) or "
                        + refColumn + " in (:refs)")
                .param("now", GenerationJobRows.timestamp(now))
                .param("ids", jobs.stream().map(job -> job.id().value()).toList())
                .param("refs", shared)
                .update();
    }

    private static Stored stored(UUID id, String input, @Nullable String result) {
        return new Stored(new JobId(id), new ImageRef(input), result == null ? null : new ImageRef(result));
    }
}
