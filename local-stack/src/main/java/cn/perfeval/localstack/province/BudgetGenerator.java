package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.Budget.Adjustment;
import cn.perfeval.localstack.province.Budget.Appropriation;
import cn.perfeval.localstack.province.Budget.CarryOver;
import cn.perfeval.localstack.province.Budget.Expenditure;
import cn.perfeval.localstack.province.Budget.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's budget in the seed's shape: appropriations and perhaps a mid-year increase, basic spending
 * (personnel and public funds, monthly) and 3–20 projects, an ERP ledger that adds up to what is declared, and the
 * execution figures the scheme scores — each drawn so that departments differ: execution rates from 78% to 100%, some
 * public-funds and "三公" overspends, some new projects without an ex-ante evaluation, carry-overs of their own.
 */
final class BudgetGenerator {

    private static final String GENERAL = "GENERAL_PUBLIC_BUDGET";

    private final Draw draw;
    private final int year;

    BudgetGenerator(Draw draw, int year) {
        this.draw = draw;
        this.year = year;
    }

    /** @param scale the department's annual budget before this year's variation, 万元 */
    Budget generate(double scale, BigDecimal bureauRate) {
        BigDecimal annual = draw.money(scale * 0.9, scale * 1.1);
        BigDecimal adjustment = draw.chance(0.6) ? draw.money(scale * 0.005, scale * 0.05) : BigDecimal.ZERO;
        BigDecimal basic = annual.multiply(BigDecimal.valueOf(draw.between(0.35, 0.6))).setScale(2, RoundingMode.HALF_UP);
        BigDecimal publicFunds = basic.multiply(BigDecimal.valueOf(0.1)).setScale(2, RoundingMode.HALF_UP);
        List<Project> projects = projects(annual.subtract(basic));
        Ledger ledger = new Ledger(draw, year);
        ledger.monthly("BASIC_PERSONNEL", "B", spend(basic.subtract(publicFunds), 0.93, 1.0));
        BigDecimal publicFundsSpent = spend(publicFunds, 0.85, draw.chance(0.2) ? 1.08 : 1.0);
        ledger.monthly("BASIC_PUBLIC_FUNDS", "F", publicFundsSpent);
        double projectRate = draw.chance(0.7) ? draw.between(0.9, 1.0) : draw.between(0.65, 0.9);
        projects.forEach(project -> ledger.project(project.code(), spend(project.budgetAmount(), projectRate * 0.97,
                Math.min(1.0, projectRate * 1.03))));
        BigDecimal spent = ledger.total();
        return new Budget(appropriations(annual.subtract(adjustment)), adjustments(adjustment), projects,
                ledger.lines(), new Budget.DeclaredTotals(year + "年度部门决算", annual, spent),
                carryOver(annual.subtract(spent)),
                new Budget.PublicFundsBudget(publicFunds, year + "年部门预算"), threePublic(annual),
                new Budget.BureauRate(bureauRate, "《关于" + year + "年部门预算单位支出进度情况的通报》"),
                new AssetsGenerator(draw, year).generate(annual));
    }

    /** Part of {@code budget} spent: a share drawn from {@code low} to {@code high}. */
    private BigDecimal spend(BigDecimal budget, double low, double high) {
        return budget.multiply(BigDecimal.valueOf(draw.between(low, high))).setScale(2, RoundingMode.HALF_UP);
    }

    private List<Appropriation> appropriations(BigDecimal initial) {
        if (draw.chance(0.4)) {
            BigDecimal fund = initial.multiply(BigDecimal.valueOf(draw.between(0.05, 0.25))).setScale(2, RoundingMode.HALF_UP);
            return List.of(new Appropriation("APP-01", GENERAL, initial.subtract(fund)),
                    new Appropriation("APP-02", "GOVERNMENT_FUND", fund));
        }
        return List.of(new Appropriation("APP-01", GENERAL, initial));
    }

    private List<Adjustment> adjustments(BigDecimal amount) {
        if (amount.signum() == 0) {
            return List.of();
        }
        String date = draw.day(LocalDate.of(year, 6, 1), LocalDate.of(year, 9, 30)).toString();
        return List.of(new Adjustment("ADJ-01", date, GENERAL, amount, year + "年部门预算年中调整批复"));
    }

    /** 3–20 projects sharing the project budget; a new one needed an ex-ante evaluation, which 1 in 5 lacks. */
    private List<Project> projects(BigDecimal projectBudget) {
        int count = draw.between(3, Vocabulary.PROJECTS.size());
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = draw.between(0.2, 1.0);
            sum += weights[i];
        }
        List<Project> projects = new ArrayList<>();
        List<String> names = draw.distinct(Vocabulary.PROJECTS, count);
        BigDecimal left = projectBudget;
        for (int i = 0; i < count; i++) {
            BigDecimal amount = i == count - 1 ? left
                    : projectBudget.multiply(BigDecimal.valueOf(weights[i] / sum)).setScale(2, RoundingMode.DOWN);
            left = left.subtract(amount);
            boolean novel = draw.chance(0.2);
            projects.add(new Project(String.format("P%d-%02d", year, i + 1), names.get(i),
                    draw.chance(0.6) ? "RECURRING" : "ONE_OFF", novel ? "NEW" : "CONTINUING", amount,
                    !novel || draw.chance(0.8)));
        }
        return projects;
    }

    /** The year's unspent money: a part carried over, by source, after a small opening balance. */
    private List<CarryOver> carryOver(BigDecimal unspent) {
        BigDecimal closing = unspent.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(draw.between(0, 0.6)))
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal opening = draw.chance(0.5) ? BigDecimal.ZERO : draw.money(0, closing.doubleValue() + 10);
        return List.of(new CarryOver(GENERAL, opening, closing), new CarryOver("GOVERNMENT_FUND", BigDecimal.ZERO,
                BigDecimal.ZERO));
    }

    /** "三公" 经费: about 0.05%–0.2% of the budget, overspent by 1 department in 7. */
    private Budget.ThreePublic threePublic(BigDecimal annual) {
        BigDecimal budgeted = annual.multiply(BigDecimal.valueOf(draw.between(0.0005, 0.002))).setScale(2,
                RoundingMode.HALF_UP).max(BigDecimal.ONE);
        double share = draw.chance(1.0 / 7) ? draw.between(1.01, 1.15) : draw.between(0.7, 1.0);
        return new Budget.ThreePublic(budgeted, budgeted.multiply(BigDecimal.valueOf(share)).setScale(2,
                RoundingMode.HALF_UP));
    }

    /** The bureau's average execution rate of a year (its 通报): one figure for every department of the year. */
    static BigDecimal bureauRate(long provinceSeed, int year) {
        return new Draw(Draw.seedOf(provinceSeed, -1, year)).money(92, 97);
    }
}
