package cn.perfeval.localstack.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every request of one fuzz run, generated up front from the seed alone, so the same seed against the same OpenAPI
 * documents sends the same requests in the same order. Each operation gets an equal share, cycling through the
 * mutations that fit it in a seeded order.
 */
final class FuzzPlan {

    private static final Comparator<WriteOperation> ORDER = WriteOperation.DELETES_LAST
            .thenComparing(WriteOperation::service).thenComparing(WriteOperation::path)
            .thenComparing(WriteOperation::method);

    private FuzzPlan() {
    }

    /**
     * @param samplers each service's sampler, by service name
     * @return at least {@code count} requests, at least {@code ceil(count / operations)} per operation
     */
    static List<FuzzRequest> generate(long seed, int count, List<WriteOperation> operations,
            Map<String, SchemaSampler> samplers, FuzzTargets targets) {
        Random random = new Random(seed);
        Mutator mutator = new Mutator(targets);
        int perOperation = (count + operations.size() - 1) / operations.size();
        List<FuzzRequest> requests = new ArrayList<>();
        for (WriteOperation operation : operations.stream().sorted(ORDER).toList()) {
            Sample sample = operation.structuredJson()
                    ? samplers.get(operation.service()).sample(operation.bodySchema()) : null;
            List<Mutation> mutations = new ArrayList<>(Mutator.applicable(operation, sample));
            Collections.shuffle(mutations, random);
            int planned = 0;
            for (int round = 0; planned < perOperation; round++) {
                Mutation mutation = mutations.get(round % mutations.size());
                String key = "fuzz-" + Long.toHexString(seed) + "-" + requests.size();
                List<FuzzRequest> batch = mutator.requests(operation, sample, mutation, random, key);
                requests.addAll(batch);
                planned += batch.size();
            }
        }
        return requests;
    }
}
