-- 部门整体绩效目标 and 年度重点工作任务 of one evaluation (department, fiscal year).
CREATE TABLE evaluation (
    department_code TEXT        NOT NULL REFERENCES department (code),
    fiscal_year     INTEGER     NOT NULL,
    overall_goal    TEXT,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department_code, fiscal_year)
);

CREATE TABLE key_task (
    department_code TEXT    NOT NULL,
    fiscal_year     INTEGER NOT NULL,
    ordinal         INTEGER NOT NULL,
    task            TEXT    NOT NULL,
    goal            TEXT    NOT NULL,
    PRIMARY KEY (department_code, fiscal_year, ordinal),
    FOREIGN KEY (department_code, fiscal_year) REFERENCES evaluation (department_code, fiscal_year) ON DELETE CASCADE
);
