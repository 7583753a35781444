-- Figures and keys are looked up by 64-bit hashes (claimx_hash: the first 8 bytes of the text's SHA-256) instead of
-- text indexes. Every new claim inserts into these indexes at a random place; an index of ~70-character figures grew to
-- hundreds of MB at a million claims, out of the page cache, and each batch rewrote thousands of its pages. An index of
-- integers is a fifth of that. The texts stay in the rows, and key lookups compare them too; a figure is identified by
-- its hash (two distinct figures would have to collide in 64 bits to be taken for one).
DROP INDEX ix_claims_figure;
ALTER TABLE claims ADD COLUMN figure_hash INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET figure_hash = claimx_hash(figure);
CREATE INDEX ix_claims_figure_hash ON claims (figure_hash);

-- figures loses its text primary key and figure_links refers to the hash: both are rebuilt, rows kept.
CREATE TABLE figures_by_hash (
    figure_hash INTEGER NOT NULL UNIQUE,
    figure TEXT NOT NULL,
    key_hash INTEGER NOT NULL,
    claim_key TEXT NOT NULL,
    claim_id BIGINT NOT NULL,
    support INTEGER NOT NULL
);

INSERT INTO figures_by_hash (figure_hash, figure, key_hash, claim_key, claim_id, support)
SELECT claimx_hash(figure), figure, claimx_hash(claim_key), claim_key, claim_id, support FROM figures;

CREATE TABLE figure_links_by_hash (
    link_key TEXT NOT NULL,
    figure_hash INTEGER NOT NULL REFERENCES figures_by_hash (figure_hash) ON DELETE CASCADE,
    PRIMARY KEY (link_key, figure_hash)
);

INSERT INTO figure_links_by_hash (link_key, figure_hash) SELECT link_key, claimx_hash(figure) FROM figure_links;

DROP TABLE figure_links;
DROP TABLE figures;
ALTER TABLE figures_by_hash RENAME TO figures;
ALTER TABLE figure_links_by_hash RENAME TO figure_links;
CREATE INDEX ix_figures_key_hash ON figures (key_hash);
