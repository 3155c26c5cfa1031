-- The API key that created a job (null for Firebase users and anonymous development callers), so that a job is
-- visible to the user or key that created it, and usage can be reported per key.
alter table generation_job add column api_key_id uuid;
create index generation_job_user_idx on generation_job (user_id, created_at);
