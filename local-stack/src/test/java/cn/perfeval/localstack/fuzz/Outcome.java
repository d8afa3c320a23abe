package cn.perfeval.localstack.fuzz;

/**
 * What came back for one request.
 *
 * @param status      the HTTP status, or -1 when no answer came
 * @param failure     why no answer came (a timeout, a closed connection), null when one did
 */
record Outcome(int status, String contentType, String excerpt, String failure) {

    static Outcome noAnswer(String why) {
        return new Outcome(-1, "", "", why);
    }

    boolean isProblem() {
        return contentType.startsWith("application/problem+json");
    }
}
