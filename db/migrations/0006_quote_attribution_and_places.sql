-- Issue #10. A quote reports either a statement (something said or written: "said", "told", "according to") or a
-- stance (something held: "believes", "fears", "opposes"). Quotes stored before this column existed count as
-- statements; `NewsApi import --reextract` classifies those the extractor made (curated ones are statements).
ALTER TABLE quotes ADD COLUMN attribution TEXT NOT NULL DEFAULT 'statement' CHECK (attribution IN ('statement', 'stance'));

-- Where a location is, from the extractor's gazetteer, stored when the entity is created or first found without it:
-- a city's GeoNames id, a country's ISO 3166-1 alpha-2 code (a city's is its country's), WGS84 degrees.
-- Locations stored before this column existed stay null until an article that names them is written again.
ALTER TABLE entities ADD COLUMN geonames_id TEXT;
ALTER TABLE entities ADD COLUMN country_code TEXT CHECK (country_code IS NULL OR length(country_code) = 2);
ALTER TABLE entities ADD COLUMN latitude REAL CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE entities ADD COLUMN longitude REAL CHECK (longitude BETWEEN -180 AND 180);
