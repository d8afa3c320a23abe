package cn.perfeval.scoring.bureau;

import java.util.Arrays;
import java.util.List;

/**
 * The orders of the bureau's list, as SQL over latest_scorecard. Every order ends with the department code, so a
 * page boundary is stable; by grade means best grade first (-grade: worst first), then by department.
 */
enum BureauSort {
    TOTAL_ASCENDING("total", "total, department_code"),
    TOTAL_DESCENDING("-total", "total DESC, department_code"),
    DEPARTMENT_ASCENDING("department", "department_code"),
    DEPARTMENT_DESCENDING("-department", "department_code DESC"),
    GRADE_ASCENDING("grade", BureauSort.GRADE_RANK + ", department_code"),
    GRADE_DESCENDING("-grade", BureauSort.GRADE_RANK + " DESC, department_code");

    private static final String GRADE_RANK =
            "CASE grade WHEN 'EXCELLENT' THEN 0 WHEN 'GOOD' THEN 1 WHEN 'FAIR' THEN 2 ELSE 3 END";

    private final String parameter;
    private final String orderBy;

    BureauSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /** @return the order the parameter names, or null when it names none */
    static BureauSort of(String parameter) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(parameter)).findFirst().orElse(null);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(sort -> sort.parameter).toList();
    }
}
