package cn.perfeval.platform.jobs;

import java.util.List;

/**
 * A job whose items are evaluations, each written {@code department:year} (as events key them): the rescoring of a
 * scheme change and the re-judging of a calendar publication. Reads the item once, here, for both.
 */
public interface EvaluationJobHandler extends JobHandler {

    /** Does the job's work for one evaluation, in the batch's transaction. */
    void process(String department, int year);

    @Override
    default void process(String subject, List<String> items) {
        for (String item : items) {
            int colon = item.lastIndexOf(':');
            process(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1)));
        }
    }
}
