-- A queued job's status shows its place in its provider's queue: the queued jobs of that provider created before it.
-- With this index that is an ordered index-only range read (provider and state equal, created_at up to the job's),
-- instead of a walk over every queued job of every provider through generation_job_state_idx.
create index generation_job_queue_idx on generation_job (provider, state, created_at);
