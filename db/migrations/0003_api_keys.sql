-- API keys for writes. Only a SHA-256 hash of each key is stored: keys are 256 random bits, so a fast hash is
-- enough (no one can search that space), and a stolen database gives no usable key.
CREATE TABLE api_keys (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    key_hash     BLOB NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_used_at TEXT
);

-- a name picks out one key among those in use; a revoked key's name may be given to a new key
CREATE UNIQUE INDEX api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL;
