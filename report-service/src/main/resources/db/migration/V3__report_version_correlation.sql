-- The correlation id of the action that led to each version (a REST call's X-Correlation-Id, carried through every
-- event hop), so an operator can follow a report version back to the write that caused it.
ALTER TABLE report_version ADD COLUMN correlation_id TEXT;
