-- Issue #10. A quote reports either a statement (something said or written: "said", "told", "according to") or a
-- stance (something held: "believes", "fears", "opposes"); quotes stored before this column existed count as
-- statements.
ALTER TABLE quotes ADD COLUMN attribution text NOT NULL DEFAULT 'statement' CHECK (attribution IN ('statement', 'stance'));

-- Where a location is, from the extractor's gazetteer: a city's GeoNames id, a country's ISO 3166-1 alpha-2 code
-- (a city's is its country's), WGS84 degrees.
ALTER TABLE entities ADD COLUMN geonames_id text;
ALTER TABLE entities ADD COLUMN country_code text CHECK (country_code IS NULL OR length(country_code) = 2);
ALTER TABLE entities ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE entities ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180);
