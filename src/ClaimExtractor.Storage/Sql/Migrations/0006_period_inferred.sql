-- Whether a claim's period was read from the story around it rather than stated in its own sentence (1), so the
-- checker compares such figures as cautiously as undated ones and a reviewer sees how sure the period is.
ALTER TABLE claims ADD COLUMN period_inferred INTEGER NOT NULL DEFAULT 0;
