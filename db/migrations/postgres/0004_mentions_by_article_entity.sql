-- Which entities an article mentions, and how many, come from this index alone; it takes the place of
-- ix_mentions_article, whose (field, start_offset) order no query used.
CREATE INDEX ix_mentions_article_entity ON mentions (article_id, entity_id);
DROP INDEX ix_mentions_article;
