-- A job created by retrying another (POST /api/v1/avatar/jobs/{id}/retry): the job it retries, so the console and the
-- job's view link the two. Null for a job submitted directly. (The job list pages newest first by (created_at, id):
-- generation_job_created_idx and generation_job_user_idx already serve it.)
alter table generation_job add column retry_of uuid;
-- A job's view lists the jobs that retried it.
create index generation_job_retry_of_idx on generation_job (retry_of);
