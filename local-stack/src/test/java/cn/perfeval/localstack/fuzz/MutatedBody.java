package cn.perfeval.localstack.fuzz;

/** A body after a mutation, with a short note of where it was changed. */
record MutatedBody(byte[] bytes, String detail) {
}
