package cn.perfeval.budget;

import static cn.perfeval.budget.BudgetServiceTestSupport.as;
import static cn.perfeval.budget.BudgetServiceTestSupport.base;
import static cn.perfeval.budget.BudgetServiceTestSupport.resource;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The 2023 case of 广州住房公积金管理中心 pushed through the REST API as an ERP and a department editor would:
 * the line items of {@code domain/gz-hpf-2023-*.csv} (invented lines that add up to the seed's totals; see
 * SeedBudgetFixture) and the figures the seed report states.
 */
public final class SeedBudget {

    public static final String BUREAU_DOCUMENT = "《广州市财政局关于2023年市本级部门预算单位支出进度情况的通报》";

    private SeedBudget() {
    }

    public static void ledger(String token, String dept) {
        String base = base(dept, 2023) + "/budget";
        as(token).body("""
                [{"lineId":"APP-01","source":"GENERAL_PUBLIC_BUDGET","amount":9012.46},
                 {"lineId":"APP-02","source":"GENERAL_PUBLIC_BUDGET","amount":9431.34},
                 {"lineId":"APP-03","source":"GOVERNMENT_FUND","amount":3000.00}]
                """).put(base + "/appropriations").then().statusCode(200);
        as(token).body("""
                [{"lineId":"ADJ-01","date":"2023-06-30","source":"GENERAL_PUBLIC_BUDGET","amount":400.00,"document":"预算追加批复（示例）"},
                 {"lineId":"ADJ-02","date":"2023-11-15","source":"GENERAL_PUBLIC_BUDGET","amount":-88.75,"document":"预算调减批复（示例）"}]
                """).put(base + "/adjustments").then().statusCode(200);
        as(token).body(projectsJson()).put(base + "/projects").then().statusCode(200);
        as(token).contentType("text/csv").body(resource("domain/gz-hpf-2023-expenditures.csv"))
                .post(base + "/expenditures").then().statusCode(200);
    }

    public static void statedFacts(String token, String dept) {
        String base = base(dept, 2023) + "/budget";
        as(token).body("{\"budgeted\":653.47,\"document\":\"2023年部门预算\"}").put(base + "/public-funds-budget")
                .then().statusCode(200);
        as(token).body("{\"budgeted\":9.50,\"actual\":9.49}").put(base + "/three-public").then().statusCode(200);
        as(token).body("""
                [{"source":"GENERAL_PUBLIC_BUDGET","opening":0,"closing":0},{"source":"GOVERNMENT_FUND","opening":0,"closing":0}]
                """).put(base + "/carry-over").then().statusCode(200);
        as(token).body("{\"ratePercent\":95.40,\"sourceDocument\":\"" + BUREAU_DOCUMENT + "\"}")
                .put(base + "/bureau-execution-rate").then().statusCode(200);
        as(token).body("""
                {"fixedAssets":{"total":2380.00,"inUse":2261.00},
                 "disposalIncome":[{"lineId":"DSP-01","amount":6.28,"remittedOn":"2023-12-20"}],
                 "inventories":[{"id":"INV-2023","completedOn":"2023-11-30","report":"2023年度资产盘点报告"}],
                 "reportQuality":{"complete":true,"accurate":true,"accountsReconciled":true}}
                """).put(base + "/assets").then().statusCode(200);
    }

    /** The 30 projects of the seed as the JSON body of PUT /budget/projects. */
    public static String projectsJson() {
        return Arrays.stream(resource("domain/gz-hpf-2023-projects.csv").split("\n")).skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", -1))
                .map(c -> "{\"code\":\"" + c[0] + "\",\"name\":\"" + c[1] + "\",\"recurrence\":\"" + c[2]
                        + "\",\"novelty\":\"" + c[3] + "\",\"budgetAmount\":" + c[4] + ",\"exAnteEvaluationDone\":" + c[5].trim() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
