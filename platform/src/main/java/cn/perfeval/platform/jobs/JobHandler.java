package cn.perfeval.platform.jobs;

import java.util.List;

/**
 * Does one kind of background job's work (a CDI bean per kind). The runner calls it with a batch of the job's items
 * inside the transaction that marks them done: it either processes all of them or throws, and then the runner
 * tries each item on its own, so one bad item fails alone. Processing an item twice must be harmless (an instance
 * that dies after the work but before the commit leaves the batch pending for another).
 */
public interface JobHandler {

    /** The kind of job this handles, as {@link Jobs#start} names it. */
    String kind();

    void process(String subject, List<String> items);
}
