package cn.perfeval.localstack.fuzz;

import java.util.Map;

/**
 * One request the fuzzer sends.
 *
 * @param body         the bytes sent, null for no body at all
 * @param detail       where and how the request was mutated, for the failure report
 * @param mustBeRefused a 2xx answer is a failure
 * @param refusedOnlyIfPreviousAccepted the refusal is required only when the request before it was accepted (the
 *                      second half of an Idempotency-Key replay: a refused first request stores no key)
 */
record FuzzRequest(WriteOperation operation, Mutation mutation, String path, Map<String, String> headers, byte[] body,
        String detail, boolean mustBeRefused, boolean refusedOnlyIfPreviousAccepted) {

    FuzzRequest(WriteOperation operation, Mutation mutation, String path, Map<String, String> headers, byte[] body,
            String detail) {
        this(operation, mutation, path, headers, body, detail, mutation.mustBeRefused(), false);
    }

    /** The same request judged as the first half of a pair: anything but a 5xx, a hang or a bare 4xx is fine. */
    FuzzRequest asSetUp() {
        return new FuzzRequest(operation, mutation, path, headers, body, detail + " (first send)", false, false);
    }

    FuzzRequest asReplay() {
        return new FuzzRequest(operation, mutation, path, headers, body, detail, true, true);
    }

    String describe() {
        return operation.method() + " " + path + " [" + detail + "]";
    }
}
