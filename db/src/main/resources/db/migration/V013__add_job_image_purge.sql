-- When a job's images were deleted from the image store: its input photo (retention: avatar.retention.input-hours
-- after the job ended, or on erasure) and its result (avatar.retention.result-days, or on erasure). The references
-- stay, so a status can say the image existed and is gone (image_expired) rather than that there never was one.
-- Purging never changes a job's state.
alter table generation_job add column input_purged_at timestamp with time zone;
alter table generation_job add column result_purged_at timestamp with time zone;
-- The purge reads ended jobs whose images are still stored, oldest first: an ordered range read of the unpurged rows
-- (purge marker null), never a walk over every job already purged.
create index generation_job_input_purge_idx on generation_job (input_purged_at, finished_at);
create index generation_job_result_purge_idx on generation_job (result_purged_at, finished_at);
