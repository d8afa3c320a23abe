-- Each evaluation's latest scorecard in columns, for the bureau's list of a year (sorted, filtered, paged, counted
-- and distributed in SQL at a province's 10,000 evaluations). The recompute writes it in the transaction that stores
-- the scorecard_version it repeats, so it never shows a scorecard that was not stored, nor an older one.
CREATE TABLE latest_scorecard (
    fiscal_year     INTEGER       NOT NULL,
    department_code TEXT          NOT NULL,
    version         INTEGER       NOT NULL,
    total           NUMERIC(7, 2) NOT NULL,
    grade           TEXT          NOT NULL,
    complete        BOOLEAN       NOT NULL,
    dimensions      JSONB         NOT NULL,
    PRIMARY KEY (fiscal_year, department_code)
);
-- sort by score (either way: an index scans backwards), and filter by grade then sort by score
CREATE INDEX latest_scorecard_by_total ON latest_scorecard (fiscal_year, total, department_code);
CREATE INDEX latest_scorecard_by_grade ON latest_scorecard (fiscal_year, grade, total, department_code);

-- The items of each latest scorecard (score and maximum), for the distribution of each item across departments.
CREATE TABLE latest_item_score (
    fiscal_year     INTEGER       NOT NULL,
    department_code TEXT          NOT NULL,
    position        INTEGER       NOT NULL,
    item_code       TEXT          NOT NULL,
    name            TEXT          NOT NULL,
    max             NUMERIC(7, 2) NOT NULL,
    score           NUMERIC(7, 2) NOT NULL,
    PRIMARY KEY (fiscal_year, department_code, item_code),
    FOREIGN KEY (fiscal_year, department_code) REFERENCES latest_scorecard ON DELETE CASCADE
);

-- Scorecards stored before this table existed.
INSERT INTO latest_scorecard (fiscal_year, department_code, version, total, grade, complete, dimensions)
SELECT DISTINCT ON (fiscal_year, department_code) fiscal_year, department_code, version, total, grade, complete,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('code', d->'code', 'score', d->'score') ORDER BY n)
                   FROM jsonb_array_elements(snapshot->'dimensions') WITH ORDINALITY AS dims(d, n)), '[]'::jsonb)
  FROM scorecard_version
 ORDER BY fiscal_year, department_code, version DESC;

INSERT INTO latest_item_score (fiscal_year, department_code, position, item_code, name, max, score)
SELECT s.fiscal_year, s.department_code, i.n, i.item->>'code', i.item->>'name', (i.item->>'max')::numeric,
       (i.item->>'score')::numeric
  FROM latest_scorecard l
  JOIN scorecard_version s USING (fiscal_year, department_code, version)
 CROSS JOIN LATERAL jsonb_array_elements(s.snapshot->'items') WITH ORDINALITY AS i(item, n);
