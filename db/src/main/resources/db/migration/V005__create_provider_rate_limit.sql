-- Token buckets of the cluster-wide provider rate limit (provider_config.<name>.images_per_minute), one row per
-- provider, in Bucket4j's JDBC layout: every worker reads and updates the same row under a PostgreSQL advisory lock.
-- id is a stable 64-bit hash of the provider key; state is Bucket4j's serialized bucket; expires_at is unused while
-- buckets have no expiration (there is one small row per provider).
create table provider_rate_limit (
    id          bigint primary key,
    state       bytea,
    expires_at  bigint
);
