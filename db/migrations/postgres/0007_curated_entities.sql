-- Entities a person curated (written by curated annotations, e.g. the seed) are kept when nothing refers to them any
-- more, as are entities with a Wikidata id: re-extracting or replacing an article must not lose curated data.
ALTER TABLE entities ADD COLUMN curated boolean NOT NULL DEFAULT false;

UPDATE entities SET curated = true
WHERE wikidata_id IS NOT NULL
   OR id IN (SELECT m.entity_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.annotator = 'curated');

-- A person's last word ("Wekesa" of "Amina Wekesa"), so that a surname-only mention in another article finds the one
-- person it can be (and sees when there are several).
ALTER TABLE entities ADD COLUMN surname text COLLATE "C" GENERATED ALWAYS AS (
    CASE WHEN type = 'person' AND strpos(name, ' ') > 0 THEN substring(name FROM '[^ ]*$') END) STORED;

CREATE INDEX ix_entities_surname ON entities (lower(surname));
