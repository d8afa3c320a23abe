package cn.perfeval.localstack.province;

import cn.perfeval.localstack.Stack;
import cn.perfeval.localstack.StackOptions;

/** Where the four services of a running stack answer. */
public record StackUrls(String indicator, String budget, String scoring, String report) {

    public static StackUrls of(Stack stack) {
        return new StackUrls(stack.url(StackOptions.INDICATOR), stack.url(StackOptions.BUDGET),
                stack.url(StackOptions.SCORING), stack.url(StackOptions.REPORT));
    }

    /** The stack's services on 127.0.0.1 at the ports of {@code options} (a stack another process runs). */
    public static StackUrls of(StackOptions options) {
        return new StackUrls(local(options, StackOptions.INDICATOR), local(options, StackOptions.BUDGET),
                local(options, StackOptions.SCORING), local(options, StackOptions.REPORT));
    }

    private static String local(StackOptions options, String service) {
        return "http://127.0.0.1:" + options.servicePorts().get(service);
    }

    /** {@code <service>/api/v1/departments/<code>/years/<year>} */
    static String evaluation(String service, String code, int year) {
        return service + "/api/v1/departments/" + code + "/years/" + year;
    }
}
