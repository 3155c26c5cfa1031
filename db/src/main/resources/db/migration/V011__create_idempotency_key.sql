-- Idempotency-Key records (Stripe semantics) for POST requests, one per caller's scope ('key:<api key id>' or
-- 'user:<user id>') and key, kept 24 hours. The first request inserts its row in flight (insert ... on conflict do
-- nothing decides the winner across gateway replicas), runs, and records its answer; later requests with the key
-- answer the recorded answer. attempt identifies the request that holds the row: recording or releasing it is
-- conditional on it, so a request whose row was taken over (after locked_until, its gateway presumably gone) changes
-- nothing. The answer is text, not ${json_type}: jsonb would reorder the keys of the body that is replayed.
create table idempotency_key (
    scope             varchar(200)  not null,
    client_key        varchar(255)  not null,
    -- SHA-256 (hex) of the request's canonical JSON: the same key with another body is refused.
    fingerprint       varchar(64)   not null,
    state             varchar(16)   not null,
    attempt           uuid          not null,
    -- Until when the request in flight is expected to answer; after it, another request may take the row over.
    locked_until      timestamp with time zone not null,
    -- 'body': a response with a JSON body; 'problem': a refusal, stored as its code and detail.
    response_kind     varchar(16),
    response_status   integer,
    -- The headers that are replayed (Location, ...), as a JSON object of lists.
    response_headers  varchar(8000),
    response_body     varchar(1000000),
    created_at        timestamp with time zone not null,
    primary key (scope, client_key),
    constraint idempotency_key_state_check check (state in ('in_flight', 'done')),
    constraint idempotency_key_kind_check check (response_kind in ('body', 'problem'))
);
-- The cleanup deletes rows older than 24 hours.
create index idempotency_key_created_idx on idempotency_key (created_at);
