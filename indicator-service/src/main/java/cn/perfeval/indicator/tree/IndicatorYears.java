package cn.perfeval.indicator.tree;

import cn.perfeval.indicator.department.EvaluationYears;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** A department has an evaluation in each year it has indicators. */
@ApplicationScoped
public class IndicatorYears implements EvaluationYears {

    @Override
    public List<Integer> of(String departmentCode) {
        return Indicator.<Indicator>find("select distinct i.fiscalYear from Indicator i where i.departmentCode = ?1",
                departmentCode).project(Integer.class).list();
    }
}
