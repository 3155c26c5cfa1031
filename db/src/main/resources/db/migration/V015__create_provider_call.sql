-- One row per provider call the service paid for: the worker's receipt, written durably right after the provider
-- answered and the result was stored, before the job's completion is written. It is what makes a paid result
-- impossible to lose: if the completion write fails or the worker dies before making it, the job is completed from
-- the receipt and the stored result by whoever takes the job over (the sweeper), and a receipt whose job moved on is
-- charged as the job's discarded_cost. settled_at is set in the transaction that puts the call on the ledger, once:
-- settlement says how (COMPLETED: the job's actual_cost; DISCARDED: its discarded_cost; NONE: a failed call that cost
-- nothing). So the ledger's spend is the sum of the cost of every settled call.
create table provider_call (
    id uuid primary key,
    job_id uuid not null,
    attempt integer not null,
    provider varchar(64) not null,
    model varchar(128),
    worker_id varchar(200),
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone not null,
    outcome varchar(16) not null,
    error_code varchar(64),
    cost numeric(12, 6) not null default 0,
    result_image_ref varchar(500),
    provider_time_ms bigint,
    settled_at timestamp with time zone,
    settlement varchar(16)
);
create index provider_call_job_idx on provider_call (job_id, attempt);
-- The sweeper looks for receipts nobody settled (their worker stopped between the receipt and the completion).
create index provider_call_unsettled_idx on provider_call (settled_at, finished_at);
