-- Key lookups go through figures (figures.claim_key, figure_links.link_key), never claims.claim_key: its index only
-- cost every stored claim one more random B-tree insert (a page rewritten per claim at each commit).
DROP INDEX ix_claims_claim_key;
