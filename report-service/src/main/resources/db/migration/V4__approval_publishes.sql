-- Approval publishes (docs/yearly-cycle.md): the public report shows only versions answering an approval by the
-- finance bureau, so the reviewer's one-time "publish" switch and its table are gone. Versions published before
-- stay public: a reviewer published them.
DROP TABLE publication;

-- Every scorecard version received, not only the newest: an approval names the version it approved, and the
-- report must show exactly that one even when a later recompute arrived first, or arrive after the approval.
ALTER TABLE scorecard_snapshot DROP CONSTRAINT scorecard_snapshot_pkey;
ALTER TABLE scorecard_snapshot ADD PRIMARY KEY (department_code, fiscal_year, version);

-- What report-service knows of each evaluation's yearly cycle (evaluation-state-events): the newest state event's
-- sequence (an older or repeated event changes nothing), the scorecard version approved when that state is
-- APPROVED, and the public version that answered the approval (NULL while the approved scorecard has not arrived).
CREATE TABLE report_approval (
    department_code    TEXT    NOT NULL,
    fiscal_year        INTEGER NOT NULL,
    state_sequence     INTEGER NOT NULL,
    approved_scorecard INTEGER,
    public_version     INTEGER,
    PRIMARY KEY (department_code, fiscal_year)
);
