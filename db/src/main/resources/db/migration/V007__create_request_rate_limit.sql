-- Token buckets of the per-user and per-API-key request rate limits (service_config.rate_limits), shared by every
-- gateway replica: Bucket4j's JDBC layout, one row per scope and limit, updated under a PostgreSQL advisory lock.
-- expires_at lets idle buckets (a user who stopped calling) be removed once they would be full again; explicit_lock
-- is the column Bucket4j's PostgreSQL backend writes for keys that are not numbers.
create table request_rate_limit (
    id             varchar(200) primary key,
    state          bytea,
    expires_at     bigint,
    explicit_lock  bigint
);
create index request_rate_limit_expires_idx on request_rate_limit (expires_at);
