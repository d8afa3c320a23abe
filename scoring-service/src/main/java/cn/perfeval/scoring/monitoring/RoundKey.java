package cn.perfeval.scoring.monitoring;

import java.time.LocalDate;

/** A round's identity: the evaluation and the as-of date. */
record RoundKey(String departmentCode, int fiscalYear, LocalDate asOf) {

    /** The prefix of a round's references and event subjects: {@code GZHPF/2023/monitoring/2023-07-31}. */
    String path() {
        return departmentCode + "/" + fiscalYear + "/monitoring/" + asOf;
    }
}
