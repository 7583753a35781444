-- When a page was fetched or captured (URLs, WARC records: ISO 8601 UTC) and when it says it was last modified
-- (YYYY-MM-DD), both kept apart from its publication date;
-- and a 64-bit SimHash of the text with its four 16-bit bands, indexed, so a syndicated copy finds its original
-- (duplicate_of) by an indexed lookup, never by comparing every pair of documents.
ALTER TABLE documents ADD COLUMN fetched_at TEXT;
ALTER TABLE documents ADD COLUMN modified TEXT;
ALTER TABLE documents ADD COLUMN simhash INTEGER;
ALTER TABLE documents ADD COLUMN simhash_band0 INTEGER;
ALTER TABLE documents ADD COLUMN simhash_band1 INTEGER;
ALTER TABLE documents ADD COLUMN simhash_band2 INTEGER;
ALTER TABLE documents ADD COLUMN simhash_band3 INTEGER;

CREATE INDEX ix_documents_simhash_band0 ON documents (simhash_band0);
CREATE INDEX ix_documents_simhash_band1 ON documents (simhash_band1);
CREATE INDEX ix_documents_simhash_band2 ON documents (simhash_band2);
CREATE INDEX ix_documents_simhash_band3 ON documents (simhash_band3);
