package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.DepartmentYear.Department;
import cn.perfeval.localstack.province.DepartmentYear.Goals;
import cn.perfeval.localstack.province.DepartmentYear.KeyTask;
import cn.perfeval.localstack.province.Vocabulary.Agency;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A province's department-years in the seed's shape, from a seed number: department-year {@code i} is department
 * {@code i / 3}'s evaluation of year {@code YEARS[i % 3]}, and is the same for the same seed and index whatever else is
 * generated. A department keeps its name, size and habits across its years (how often it meets its targets, how
 * strictly it assesses itself); each year draws its own figures. Years are 2023–2025, whose working-day calendars
 * budget-service has (with 2026's, where a late act's deadline may fall), so every procurement verdict is decidable.
 */
public final class ProvinceGenerator {

    public static final List<Integer> YEARS = List.of(2023, 2024, 2025);
    /** Codes are {@code GD} and five digits. */
    public static final int MAX_DEPARTMENTS = 99_999;

    private final long seed;

    public ProvinceGenerator(long seed) {
        this.seed = seed;
    }

    /** The first {@code count} department-years, generated one by one as the stream is read. */
    public Stream<DepartmentYear> departmentYears(int count) {
        return IntStream.range(0, count).mapToObj(this::departmentYear);
    }

    public DepartmentYear departmentYear(int index) {
        int department = index / YEARS.size();
        if (index < 0 || department >= MAX_DEPARTMENTS) {
            throw new IllegalArgumentException("department-year " + index + " is outside 0.."
                    + (MAX_DEPARTMENTS * YEARS.size() - 1));
        }
        int year = YEARS.get(index % YEARS.size());
        Draw habits = new Draw(Draw.seedOf(seed, department));
        double scale = Math.exp(habits.between(Math.log(800), Math.log(50_000)));
        double diligence = habits.between(0.55, 0.98);
        double rigour = habits.between(0.75, 1.0);
        Draw draw = new Draw(Draw.seedOf(seed, department, year));
        String name = DepartmentNames.name(department);
        Budget budget = new BudgetGenerator(draw, year).generate(scale, BudgetGenerator.bureauRate(seed, year));
        return new DepartmentYear(DepartmentNames.code(department), year,
                new Department(name, DepartmentNames.agency(department).functions() + "。"), goals(department, year),
                new IndicatorGenerator(draw).generate(diligence), budget,
                new ProcurementGenerator(draw, year).generate(budget.annualBudget()),
                new SelfAssessment(draw).generate(name, rigour), narrative(name, year, budget.annualBudget()));
    }

    private static Goals goals(int department, int year) {
        Agency agency = DepartmentNames.agency(department);
        return new Goals(year + "年，围绕" + agency.functions() + "的职能，保障重点工作落实，提高财政资金使用效益。",
                List.of(new KeyTask("履行" + agency.name() + "核心职能", agency.functions() + "，完成年度各项业务指标。"),
                        new KeyTask("加强预算和绩效管理", "按时序推进预算执行，开展绩效运行监控和自评。")));
    }

    /** The sections people write that the report cannot draft: key-task completion and the conclusion's verdict. */
    private static Map<String, String> narrative(String name, int year, BigDecimal annualBudget) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("key-task-completion", year + "年，" + name + "围绕年度重点工作任务，统筹使用年度预算"
                + annualBudget.toPlainString() + "万元，推进各项工作落实。");
        sections.put("conclusion", "经自评，" + name + year + "年度部门整体支出绩效目标基本实现。");
        return sections;
    }
}
