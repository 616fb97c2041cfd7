-- Quotes are found by who said them: the quote index gets a `speaker` column holding the speaker as written and the
-- name of the entity it was resolved to ("he" → "he Keivan Khosravi"), so `Khosravi` and `speaker:Khosravi` find
-- their quotes. The index now keeps its own copy of what it indexed instead of reading it from `quotes` (external
-- content): the speaker comes from two tables, and deleting a row of an external-content index needs exactly the
-- values that were indexed, which a renamed entity would no longer give. A row is now removed by its rowid alone.

DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE quotes_fts;

-- What the index holds for each quote; the triggers and the reindex below read it from here, so they cannot disagree.
CREATE VIEW quotes_fts_source AS
SELECT q.id AS id, q.text AS text,
       CASE WHEN e.name IS NULL OR e.name = q.speaker_name COLLATE NOCASE THEN coalesce(q.speaker_name, '')
            ELSE coalesce(q.speaker_name || ' ', '') || e.name END AS speaker
FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes_fts_source WHERE id = new.id;
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
END;

CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name, speaker_entity_id ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.id;
    INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes_fts_source WHERE id = new.id;
END;

-- a renamed entity is found by its new name in the quotes it said
CREATE TRIGGER quotes_fts_speaker_rename AFTER UPDATE OF name ON entities BEGIN
    DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE speaker_entity_id = new.id);
    INSERT INTO quotes_fts (rowid, text, speaker)
        SELECT id, text, speaker FROM quotes_fts_source WHERE id IN (SELECT id FROM quotes WHERE speaker_entity_id = new.id);
END;

INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes_fts_source;
