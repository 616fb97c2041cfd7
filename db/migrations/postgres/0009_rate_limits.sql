-- PostgreSQL only (SQLite serves one process, whose budgets are counted in its memory, so version 9 is unused
-- there): the rate-limit budgets that every NewsApi process shares (Limits/SharedBudgets.cs), so that three replicas
-- with a budget of 20 serve a client 20 requests, not 60.
--
-- UNLOGGED: a counter needs no WAL (it is rewritten on every limited request, and WAL would be most of its cost), no
-- copy on a standby (streaming replication skips unlogged tables; only the primary limits), and no crash safety — a
-- crash empties the table, which opens every window afresh: a client gets at most one window's budget again.
-- No data_version trigger (a test exempts this table): a request that only reads must not tell every process that
-- the data changed, and must not queue behind the writers on the change counter's row.
CREATE UNLOGGED TABLE rate_limits (
    bucket     text        PRIMARY KEY,   -- 'read|203.0.113.7', 'write|2001:db8::/64', 'key|<SHA-256 hex>'
    window_end timestamptz NOT NULL,      -- the database's clock, so replicas whose clocks differ agree
    used       integer     NOT NULL       -- permits taken; one more than the budget once a one-budget take was refused
);

-- Takes `wanted` permits from every bucket named, or from none: a request one budget refuses costs the others
-- nothing (a write that sends a key counts against its client's budget and its key's). One call is one round trip;
-- a request with one budget (a read) uses a single INSERT … ON CONFLICT instead, a quarter of the cost. Each bucket's row is created, or its closed window reopened, by the
-- INSERT … ON CONFLICT, which also locks every row it names (even those its WHERE leaves alone), in bucket order so
-- that two requests sharing buckets never deadlock; with the rows locked to the end of the call, checking that the
-- permits fit and taking them cannot race with another process. Returns each bucket's state for the RateLimit-*
-- headers: permits used and milliseconds until its window closes.
CREATE FUNCTION take_rate_limit(buckets text[], permits integer[], windows_ms bigint[], wanted integer)
RETURNS TABLE (name text, spent integer, reset_ms bigint, granted boolean)
LANGUAGE plpgsql AS $$
DECLARE
    moment timestamptz := clock_timestamp();
    fits   boolean;
BEGIN
    INSERT INTO rate_limits AS r (bucket, window_end, used)
    SELECT w.b, moment + w.ms * interval '1 millisecond', 0
    FROM unnest(buckets, windows_ms) AS w(b, ms)
    ORDER BY w.b
    ON CONFLICT (bucket) DO UPDATE SET window_end = excluded.window_end, used = 0
    WHERE r.window_end <= moment;

    SELECT bool_and(r.used + wanted <= p.n) INTO fits
    FROM rate_limits r JOIN unnest(buckets, permits) AS p(b, n) ON r.bucket = p.b;

    IF fits THEN
        UPDATE rate_limits r SET used = r.used + wanted WHERE r.bucket = ANY (buckets);
    END IF;

    RETURN QUERY
    SELECT r.bucket, r.used, ceil(extract(epoch FROM r.window_end - moment) * 1000)::bigint, fits
    FROM rate_limits r WHERE r.bucket = ANY (buckets);
END
$$;
