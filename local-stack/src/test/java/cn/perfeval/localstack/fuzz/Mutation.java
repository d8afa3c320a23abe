package cn.perfeval.localstack.fuzz;

/**
 * The kinds of hostile or careless request the fuzzer sends. {@link #mustBeRefused} marks the kinds no correct
 * service accepts (a 2xx to them is a failure); the others may be accepted, but never with a 5xx, a hang, or a 4xx
 * that is not a problem.
 */
enum Mutation {
    /** The unmutated request built from the schema: exercises the code paths the mutations aim at. */
    VALID_LOOKING(false),
    MALFORMED_JSON(true),
    TRAILING_GARBAGE(true),
    WRONG_TYPE(true),
    FRACTION_FOR_INTEGER(true),
    HUGE_NUMBER(true),
    NEGATIVE_NUMBER(false),
    NUMBER_FOR_DATE(true),
    EMPTY_STRING_DATE(true),
    ZERO_DATE(true),
    FAR_FUTURE_DATE(false),
    HUGE_STRING(true),
    CONTROL_CHARACTERS(true),
    NONCHARACTER_U_FFFE(false),
    LONE_SURROGATE(true),
    FORMULA_INJECTION(false),
    SCRIPT_TAG(false),
    NULL_IN_LIST(true),
    UNKNOWN_FIELD(true),
    INVALID_UTF8(true),
    EMPTY_BODY(true),
    MISSING_CONTENT_TYPE(true),
    WRONG_CONTENT_TYPE(true),
    WRONG_ACCEPT(false),
    STALE_IF_MATCH(true),
    /** A first request with a key, then the same key with another body: the second must be refused. */
    REPLAYED_IDEMPOTENCY_KEY(true),
    BODY_ON_BODILESS(false);

    private final boolean mustBeRefused;

    Mutation(boolean mustBeRefused) {
        this.mustBeRefused = mustBeRefused;
    }

    boolean mustBeRefused() {
        return mustBeRefused;
    }
}
