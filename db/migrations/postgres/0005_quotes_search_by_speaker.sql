-- Quotes are found by who said them: the quote's search vector gets the speaker as written and the name of the
-- entity it was resolved to ("he" → "he Keivan Khosravi"), weighted B below the quote's words (A), so `Khosravi` and
-- `speaker:Khosravi` (`khosravi:B`) find their quotes. The speaker comes from two tables, which a generated column
-- cannot read: triggers keep the vector, inside the transaction of every write to a quote or a speaker's name.

ALTER TABLE quotes DROP COLUMN search;

-- the speaker as indexed: SQLite's quotes_fts_source view, the same rule
CREATE FUNCTION quote_speaker(speaker_name text, entity_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN entity_name IS NULL OR lower(entity_name COLLATE "C") = lower(speaker_name COLLATE "C")
                THEN coalesce(speaker_name, '')
                ELSE coalesce(speaker_name || ' ', '') || entity_name END
$$;

CREATE FUNCTION quote_search(text text, speaker text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('newsapi', text), 'A') || setweight(to_tsvector('newsapi', speaker), 'B')
$$;

ALTER TABLE quotes ADD COLUMN search tsvector;
UPDATE quotes q SET search = quote_search(q.text,
    quote_speaker(q.speaker_name, (SELECT e.name FROM entities e WHERE e.id = q.speaker_entity_id)));
ALTER TABLE quotes ALTER COLUMN search SET NOT NULL;

CREATE INDEX ix_quotes_search ON quotes USING gin (search);

CREATE FUNCTION quotes_search_of_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := quote_search(NEW.text,
        quote_speaker(NEW.speaker_name, (SELECT e.name FROM entities e WHERE e.id = NEW.speaker_entity_id)));
    RETURN NEW;
END
$$;

CREATE TRIGGER quotes_search BEFORE INSERT OR UPDATE OF text, speaker_name, speaker_entity_id ON quotes
    FOR EACH ROW EXECUTE FUNCTION quotes_search_of_row();

-- a renamed entity is found by its new name in the quotes it said
CREATE FUNCTION quotes_search_speaker_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quotes SET search = quote_search(text, quote_speaker(speaker_name, NEW.name)) WHERE speaker_entity_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER quotes_search_speaker_rename AFTER UPDATE OF name ON entities
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION quotes_search_speaker_renamed();
