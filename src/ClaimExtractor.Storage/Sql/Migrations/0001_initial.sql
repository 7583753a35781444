-- The store's tables. Portable SQL: the PostgreSQL backend runs the same file through its dialect, which turns
-- `INTEGER PRIMARY KEY` into an identity column. Decimals are TEXT in invariant culture so they come back exact;
-- dates are ISO `YYYY-MM-DD`, timestamps ISO 8601 UTC; booleans are 0/1.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    url TEXT,
    title TEXT,
    outlet TEXT,
    authors TEXT NOT NULL,
    published TEXT,
    published_from TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'warning', 'failed')),
    error TEXT,
    warnings TEXT NOT NULL,
    duplicate_of BIGINT REFERENCES documents (id) ON DELETE SET NULL,
    checked INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_documents_content_hash ON documents (content_hash);
CREATE INDEX ix_documents_unchecked ON documents (id) WHERE checked = 0;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    UNIQUE (name, type)
);

CREATE TABLE entity_aliases (
    id INTEGER PRIMARY KEY,
    entity_id BIGINT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);

CREATE INDEX ix_entity_aliases_alias ON entity_aliases (alias);

-- value_low / value_high are NULL when unbounded ("more than 100" has no high end).
-- A share's total and a change's reference are optional: their key column is NULL when absent.
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    document_id BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    subject_entity_id BIGINT REFERENCES entities (id),
    role TEXT NOT NULL,
    metric TEXT NOT NULL,
    metric_key TEXT NOT NULL,
    value TEXT NOT NULL,
    value_low TEXT,
    value_high TEXT,
    unit TEXT NOT NULL,
    unit_dimension TEXT NOT NULL,
    noun TEXT,
    change TEXT NOT NULL,
    qualifier TEXT,
    period_label TEXT,
    period_start TEXT,
    period_end TEXT,
    attribution TEXT,
    hedged INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    scope TEXT NOT NULL,
    share_base_key TEXT,
    share_total_value TEXT,
    share_total_low TEXT,
    share_total_high TEXT,
    share_total_unit TEXT,
    share_total_unit_dimension TEXT,
    share_total_start INTEGER,
    share_total_end INTEGER,
    share_total_qualifier TEXT,
    share_total_noun TEXT,
    share_total_change TEXT,
    change_level_key TEXT,
    change_reference_label TEXT,
    change_reference_start TEXT,
    change_reference_end TEXT,
    claim_key TEXT NOT NULL,
    -- what the claim states whoever states it (Claim.Figure): repeats of one figure are one row in key lookups
    figure TEXT NOT NULL
);

CREATE INDEX ix_claims_document ON claims (document_id, "start");
CREATE INDEX ix_claims_claim_key ON claims (claim_key);
CREATE INDEX ix_claims_figure ON claims (figure);
CREATE INDEX ix_claims_subject ON claims (subject_entity_id);

-- One row per figure (Claim.Figure: what is stated, whoever states it): the claim the checker compares and flags
-- (the earliest stored one still present) and how many stored claims state it (corroboration). Key lookups read
-- these rows, so a figure repeated by thousands of documents costs one row, not thousands.
CREATE TABLE figures (
    figure TEXT PRIMARY KEY,
    claim_key TEXT NOT NULL,
    claim_id BIGINT NOT NULL,
    support INTEGER NOT NULL
);

CREATE INDEX ix_figures_claim_key ON figures (claim_key);

-- The keys of the levels a figure implies or compares (Claim.LinkKeys: a share's implied part, a change's levels),
-- so a level stored later finds the shares and changes that refer to it.
CREATE TABLE figure_links (
    link_key TEXT NOT NULL,
    figure TEXT NOT NULL REFERENCES figures (figure) ON DELETE CASCADE,
    PRIMARY KEY (link_key, figure)
);

-- fingerprint: hash of the unordered pair of figures and the kind, so a flag found again, in either order, after a
-- rebuild, or through another document stating the same figures, is the same row.
CREATE TABLE contradictions (
    id INTEGER PRIMARY KEY,
    claim_a BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    claim_b BIGINT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    severity DOUBLE PRECISION NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    explanation TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_contradictions_claim_a ON contradictions (claim_a);
CREATE INDEX ix_contradictions_claim_b ON contradictions (claim_b);
CREATE INDEX ix_contradictions_severity ON contradictions (severity);

-- Keyed by the contradiction fingerprint, not its id, so decisions survive reprocessing.
-- A contradiction's status is its fingerprint's latest decision, else open.
CREATE TABLE review_decisions (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed')),
    reason TEXT,
    note TEXT,
    reviewer TEXT,
    decided_at TEXT NOT NULL
);

CREATE INDEX ix_review_decisions_fingerprint ON review_decisions (fingerprint, id);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    arguments TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    count_new INTEGER,
    count_unchanged INTEGER,
    count_changed INTEGER,
    count_failed INTEGER,
    count_skipped INTEGER,
    count_claims INTEGER,
    count_contradictions_new INTEGER,
    count_contradictions_total INTEGER,
    cancelled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_items (
    id INTEGER PRIMARY KEY,
    run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT
);

CREATE INDEX ix_run_items_run ON run_items (run_id, id);
