package cn.perfeval.localstack;

import cn.perfeval.testinfra.DevTokens;
import java.util.Set;

/**
 * Who enters a demo evaluation, each through the APIs with a token of its own role, as the real actors would: the
 * department's ERP pushes the budget and procurement records ({@code erp-integration}), the department's staff write
 * the department, goals, indicators, actuals, the self-assessed judgements and narrative ({@code department-editor}),
 * and the finance bureau's reviewer confirms the self-assessments and approves the evaluation, which publishes the
 * report ({@code bureau-reviewer}, any department). The audit trail therefore names the actor who made each write.
 *
 * @param erp      the department's ERP integration
 * @param staff    the department's staff
 * @param reviewer the finance bureau's reviewer
 */
public record DemoActors(Api erp, Api staff, Api reviewer) {

    /** The roles a bureau reviewer's token carries; it names no department, it reads and judges them all. */
    static final Set<String> REVIEWER_ROLES = Set.of("bureau-reviewer");

    /** A reviewer's development token. */
    public static String reviewerToken(DevTokens tokens, String subject) {
        return tokens.token(subject, REVIEWER_ROLES, Set.of());
    }

    /**
     * The three actors' development tokens.
     *
     * @param erp      {@code erp-integration} for the department
     * @param staff    {@code department-editor} for the department
     * @param reviewer {@code bureau-reviewer}
     */
    public record Tokens(String erp, String staff, String reviewer) {

        /** Issues tokens for subjects {@code <prefix>-erp}, {@code <prefix>-editor} and {@code <prefix>-reviewer}. */
        public static Tokens issue(DevTokens tokens, String prefix, String department) {
            return new Tokens(
                    tokens.token(prefix + "-erp", Set.of("erp-integration"), Set.of(department)),
                    tokens.token(prefix + "-editor", Set.of("department-editor"), Set.of(department)),
                    reviewerToken(tokens, prefix + "-reviewer"));
        }

        public DemoActors actors() {
            return new DemoActors(new Api(erp), new Api(staff), new Api(reviewer));
        }
    }
}
