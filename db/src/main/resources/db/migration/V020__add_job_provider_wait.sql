-- A job whose provider is down or rate-limiting it, and that has no working fallback, is not failed: it goes back to
-- the queue to wait for the provider (JobTransitions.defer), with its reservation kept. not_before: no worker may claim
-- it before then, and the sweeper re-dispatches it then (no message is sent at deferral, so it does not bounce between
-- workers meanwhile). wait_reason: what the client's status shows while it waits ('waiting_for_provider'); cleared when a
-- worker claims it again. waiting_since: the first deferral, from which service_config.max_wait_seconds is counted (it
-- is not reset by later ones, so a provider that keeps failing ends the wait). deferrals: how many claims were deferrals,
-- not lost workers: the sweeper's attempt limit counts only the latter.
alter table generation_job add column not_before timestamp with time zone;
alter table generation_job add column wait_reason varchar(64);
alter table generation_job add column waiting_since timestamp with time zone;
alter table generation_job add column deferrals integer not null default 0;
-- The sweeper's pass over waiting jobs whose time came: a range read over the few rows that have a not_before.
create index generation_job_not_before_idx on generation_job (not_before);

-- A provider that answered 429 with a Retry-After (or Gemini's RetryInfo) asked every caller, not one job, to wait:
-- every worker reads this before calling the provider and defers its job until paused_until instead of calling, so one
-- worker's 429 slows them all. One row per provider key, moved forward (never back) by each 429.
create table provider_pause (
    provider     varchar(64) primary key,
    paused_until timestamp with time zone not null,
    reason       varchar(200) not null,
    updated_at   timestamp with time zone not null
);
