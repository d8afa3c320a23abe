-- budget-events carries two snapshots (the scoring facts and the execution pace), so the last published snapshot is
-- kept per CloudEvents type (cn.perfeval.budget.messaging.SnapshotType) rather than per topic.
ALTER TABLE fact_snapshot ADD COLUMN event_type TEXT;
UPDATE fact_snapshot SET event_type = CASE topic
    WHEN 'budget-events' THEN 'cn.perfeval.budget.scoring-facts.changed'
    WHEN 'procurement-events' THEN 'cn.perfeval.budget.procurement-facts.changed'
END;
ALTER TABLE fact_snapshot
    ALTER COLUMN event_type SET NOT NULL,
    DROP CONSTRAINT fact_snapshot_pkey,
    ADD PRIMARY KEY (department_code, fiscal_year, event_type),
    DROP COLUMN topic;
