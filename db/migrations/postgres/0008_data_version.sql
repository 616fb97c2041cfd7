-- PostgreSQL only (SQLite has PRAGMA data_version built in, so version 8 is unused there): one counter that every
-- transaction changing a table bumps once, so that every NewsApi process can ask cheaply whether anything was
-- committed since it built a cached answer (Data/Postgres/PostgresChangeSignal).
CREATE TABLE data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (true, 1);

-- Statement level and BEFORE the statement, so the counter's row lock is the first lock a write takes (a writer
-- that locked rows first and then waited for the counter could deadlock with one holding it); once per transaction,
-- as the lock is held until commit anyway. A table added by a later migration needs the same trigger (a test checks).
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsapi.data_version_bumped_by', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET version = version + 1;
        PERFORM set_config('newsapi.data_version_bumped_by', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON articles FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON paragraphs FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON entity_types FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON entities FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON entity_aliases FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON mentions FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON quotes FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
CREATE TRIGGER data_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_keys FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
