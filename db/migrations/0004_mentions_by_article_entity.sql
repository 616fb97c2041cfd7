-- Reads of an article and of article lists (issue #6): which entities an article mentions, and how many, now come
-- from this index alone instead of one table row per mention. It takes the place of ix_mentions_article, whose
-- (field, start_offset) order no query used; deleting an article's mentions still finds them by article_id.
CREATE INDEX ix_mentions_article_entity ON mentions (article_id, entity_id);
DROP INDEX ix_mentions_article;
