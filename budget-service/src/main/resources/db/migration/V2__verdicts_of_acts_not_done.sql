-- A verdict may be about an act not done yet: OVERDUE once its deadline has passed (counted as non-compliant),
-- PENDING until then (not counted). Such a verdict has no act date; a PENDING one whose deadline falls in a year
-- without a published calendar has no deadline either. The status replaces the compliant flag (compliant is
-- ON_TIME).
ALTER TABLE timeliness_verdict ADD COLUMN status TEXT;
UPDATE timeliness_verdict SET status = CASE WHEN compliant THEN 'ON_TIME' ELSE 'LATE' END;
ALTER TABLE timeliness_verdict
    ALTER COLUMN status SET NOT NULL,
    ALTER COLUMN act_date DROP NOT NULL,
    ALTER COLUMN deadline DROP NOT NULL,
    DROP COLUMN compliant;
-- The daily check looks for pending acts whose deadline has passed.
CREATE INDEX timeliness_verdict_pending ON timeliness_verdict (deadline) WHERE status = 'PENDING';
