-- NewsApi schema, version 1.
-- Offsets (start_offset/end_offset) are UTF-16 code units into the field's string, end exclusive.
-- Timestamps are ISO 8601 UTC text ('YYYY-MM-DDTHH:MM:SSZ'), so text order is time order.

CREATE TABLE entity_types (
    name TEXT PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO entity_types (name) VALUES ('person'), ('organization'), ('location'), ('other');

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    slug              TEXT    NOT NULL UNIQUE,
    title             TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    source            TEXT,
    dateline          TEXT,
    url               TEXT,
    language          TEXT    NOT NULL DEFAULT 'en',
    published_at      TEXT    NOT NULL,
    -- where published_at came from: 'metadata' (supplied with the article), 'text' (found in it),
    -- 'ingested' (unknown, so the time of ingestion)
    date_source       TEXT    NOT NULL CHECK (date_source IN ('metadata', 'text', 'ingested')),
    content_hash      TEXT    NOT NULL UNIQUE,
    annotator         TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE INDEX ix_articles_published ON articles (published_at DESC, id DESC);
CREATE INDEX ix_articles_source ON articles (source, published_at DESC, id DESC);

CREATE TABLE paragraphs (
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
) WITHOUT ROWID;

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL REFERENCES entity_types (name),
    wikidata_id TEXT,
    created_at  TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_entities_type_name ON entities (type, name COLLATE NOCASE);
CREATE UNIQUE INDEX ux_entities_wikidata ON entities (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX ix_entities_name ON entities (name COLLATE NOCASE, id);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;

CREATE INDEX ix_entity_aliases_alias ON entity_aliases (alias);

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id    INTEGER NOT NULL REFERENCES entities (id),
    field        TEXT    NOT NULL CHECK (field IN ('title', 'body')),
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE INDEX ix_mentions_article ON mentions (article_id, field, start_offset);
CREATE INDEX ix_mentions_entity ON mentions (entity_id, article_id);

CREATE TABLE quotes (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    paragraph_index   INTEGER NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    start_offset      INTEGER NOT NULL,
    end_offset        INTEGER NOT NULL,
    text              TEXT    NOT NULL,
    cue_text          TEXT    NOT NULL,
    cue_start         INTEGER NOT NULL,
    cue_end           INTEGER NOT NULL,
    speaker_name      TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_entity_id INTEGER REFERENCES entities (id),
    CHECK (start_offset >= 0 AND end_offset > start_offset),
    CHECK (cue_end > cue_start)
);

CREATE INDEX ix_quotes_article ON quotes (article_id, start_offset);
CREATE INDEX ix_quotes_speaker ON quotes (speaker_entity_id, article_id) WHERE speaker_entity_id IS NOT NULL;
CREATE INDEX ix_quotes_kind ON quotes (kind, article_id);
