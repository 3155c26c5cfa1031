-- API keys. Only the SHA-256 of the secret is kept: the secret is 256 random bits, so a fast hash is already beyond
-- brute force, and an exact-match index on the hash finds the key in one lookup per request.
create table api_key (
    id            uuid          primary key,
    name          varchar(128)  not null,
    key_hash      varchar(64)   not null,
    -- The first characters of the secret, safe to show, so operators can tell keys apart.
    key_prefix    varchar(16)   not null,
    -- Space-separated: generate, admin, trusted_server.
    scopes        varchar(256)  not null,
    -- The user a key acts for (usage and per-user limits); null for service keys.
    user_id       varchar(128),
    created_by    varchar(200)  not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone,
    constraint api_key_hash_unique unique (key_hash)
);
