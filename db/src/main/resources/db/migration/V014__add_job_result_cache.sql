-- The result cache (service_config.enable_caching). cache_key: SHA-256 (hex) over a canonical encoding of what decides
-- a result: the input image's bytes, the prompt, the style template's content, quality, provider, model, size and,
-- unless service_config.cache_scope is 'global', the user. Set only while caching is enabled.
alter table generation_job add column cache_key varchar(64);
-- A job answered from another job's result (a completed job's, or an in-flight leader's it waited for): that job.
-- Such a job cost nothing and is reported as cached.
alter table generation_job add column cache_source_id uuid;
-- The cache key of a job that is generating it right now (queued or processing): set when such a job is created and
-- cleared by the move to any terminal state. Unique, so of identical requests arriving together on any gateway
-- replica exactly one creates the "leader" job; the others find it and wait for its result (single-flight). A plain
-- unique index on a nullable column rather than a partial one: H2 (the standalone app) has no partial indexes, and
-- both databases let any number of rows hold null.
alter table generation_job add column inflight_cache_key varchar(64);
create unique index generation_job_inflight_cache_idx on generation_job (inflight_cache_key);
-- Intake looks up the newest completed original result for a key, younger than the TTL.
create index generation_job_cache_idx on generation_job (cache_key, finished_at);
-- A leader's completion finds the jobs waiting for it.
create index generation_job_cache_source_idx on generation_job (cache_source_id);
