package cn.perfeval.scoring.validation;

import java.util.List;

/** The code behind a rule kind: the records of an evaluation that break the rule, under the rule's parameters. */
interface Check {

    List<Hit> find(EvaluationInputs inputs);
}
