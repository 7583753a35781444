-- Each lease first gives up on sources whose leases ran out too often: pending rows with a lease_until in the past.
-- Through ix_queue_pending that looked at every pending row (100,000 queued: 100,000 rows per lease); this index holds
-- only the pending rows that were ever leased, ordered by lease end, so the lookup reads just the expired ones.
CREATE INDEX ix_queue_pending_lease ON queue (lease_until) WHERE state = 'pending' AND lease_until IS NOT NULL;
