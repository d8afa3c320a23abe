-- The correlation id of the latest event that marked the evaluation: the recompute (on the worker's thread) and the
-- scorecard event it publishes carry it on, so a report version can be traced back to the write that caused it.
ALTER TABLE pending_recompute ADD COLUMN correlation_id TEXT;
