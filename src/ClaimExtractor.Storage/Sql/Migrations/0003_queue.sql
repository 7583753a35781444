-- The work queue that `claimx enqueue` fills and `claimx worker` processes drain, any number of them on any machines
-- (PostgreSQL). One row per source (path or URL, as the documents table names it). A worker leases a batch of
-- pending rows until lease_until (PostgreSQL: FOR UPDATE SKIP LOCKED, so workers never wait on each other) and marks
-- them done or failed; a worker that dies leaves its rows pending, and another takes them once the lease expires.
-- attempts counts leases, so a source that kills every worker that tries it is given up on. Timestamps are ISO 8601
-- UTC text, as everywhere else, which sorts in time order.

CREATE TABLE queue (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    leased_by TEXT,
    lease_until TEXT,
    enqueued_at TEXT NOT NULL,
    finished_at TEXT,
    error TEXT
);

CREATE INDEX ix_queue_pending ON queue (id) WHERE state = 'pending';
