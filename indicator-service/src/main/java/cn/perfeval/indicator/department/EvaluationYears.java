package cn.perfeval.indicator.department;

import java.util.List;

/**
 * The years in which a department has an evaluation. The indicator tree knows them; the department only asks, so
 * that the tree may depend on the department (an indicator belongs to one) and never the other way round.
 */
public interface EvaluationYears {

    List<Integer> of(String departmentCode);
}
