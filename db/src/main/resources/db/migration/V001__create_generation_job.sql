-- One row per generation job: the source of truth for its state. Kafka only carries "look at job X".
-- ${json_type} is jsonb on PostgreSQL and a text type on H2 (standalone mode); both read and write JSON as text.
create table generation_job (
    id                  uuid primary key,
    state               varchar(16)   not null,
    user_id             varchar(128),
    style               varchar(64)   not null,
    quality             varchar(8)    not null,
    prompt              varchar(4000) not null,
    provider            varchar(64)   not null,
    model               varchar(128),
    input_image_ref     varchar(512)  not null,
    result_image_ref    varchar(512),
    estimated_cost      numeric(12, 6) not null default 0,
    actual_cost         numeric(12, 6),
    error_code          varchar(64),
    error_message       varchar(2000),
    attempts            integer       not null default 0,
    worker_id           varchar(128),
    lease_expires_at    timestamp with time zone,
    config_version      bigint        not null default 0,
    created_at          timestamp with time zone not null,
    dispatched_at       timestamp with time zone,
    started_at          timestamp with time zone,
    finished_at         timestamp with time zone,
    provider_time_ms    bigint,
    total_time_ms       bigint,
    request_metadata    ${json_type},
    result_metadata     ${json_type},
    constraint generation_job_state_check
        check (state in ('QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED', 'CANCELED'))
);

-- The sweeper looks for expired leases and stale queued jobs.
create index generation_job_state_idx on generation_job (state, lease_expires_at);
-- The intake's completion-time estimate reads the latest finished jobs of one provider and quality.
create index generation_job_recent_idx on generation_job (provider, quality, finished_at);
