-- The budget ledger: one row per scope ('global', or 'user:<id>') and budget day. Intake reserves a job's cost with a
-- conditional update (spent + reserved + cost <= cap) in the same transaction as the job insert, so concurrent
-- requests on any number of gateways can never reserve past a cap; completion moves the reservation to spent,
-- failure and cancellation release it.
create table budget_usage (
    scope        varchar(160)   not null,
    usage_day    date           not null,
    spent        numeric(14, 6) not null default 0,
    reserved     numeric(14, 6) not null default 0,
    generations  integer        not null default 0,
    primary key (scope, usage_day),
    constraint budget_usage_non_negative check (spent >= 0 and reserved >= 0 and generations >= 0)
);

-- What the job holds in the ledger until it settles: the day it was charged to and the amount reserved.
alter table generation_job add column budget_day date;
alter table generation_job add column reserved_cost numeric(12, 6) not null default 0;
alter table generation_job add column budget_settled boolean not null default false;

-- Usage reports read jobs by creation time, per user and per style.
create index generation_job_created_idx on generation_job (created_at);
