-- Every version of the operator configuration, newest = in force. Rows are never updated: a rollback inserts a new
-- version holding an older document. The document is text, not ${json_type}: jsonb would reorder keys (and style order
-- is what client pickers show), and the stored text must be exactly what was validated. Credentials stay environment
-- references; resolved secrets are never written here.
create table config_version (
    version         bigint        primary key,
    document        varchar(1000000) not null,
    -- What the writer sent (the merge patch) and the JSON paths that changed; null for the seed.
    patch           varchar(1000000),
    changed_paths   varchar(100000),
    action          varchar(16)   not null,
    source_version  bigint,
    created_by      varchar(200)  not null,
    created_at      timestamp with time zone not null,
    constraint config_version_action_check check (action in ('seed', 'update', 'rollback'))
);
