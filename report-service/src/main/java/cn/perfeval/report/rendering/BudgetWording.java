package cn.perfeval.report.rendering;

import cn.perfeval.report.scorecard.ScorecardSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sentences the seed report builds from the budget summary: the 部门整体收支情况 paragraph, the basis of 部门预算资金
 * 支出率 and the figures behind several management items. A figure the summary lacks leaves its clause out rather than
 * printing a guess.
 */
final class BudgetWording {

    private BudgetWording() {
    }

    /** 一（四）: "…年度年初预算金额为21,443.80万元，年中调增预算金额311.25万元，年度预算数为…". */
    static String paragraph(ScorecardSnapshot.Budget budget, int year, String department, NarrativeTexts narrative) {
        if (budget == null) {
            return department + year + "年度预算执行数据尚未收到。";
        }
        String unit = unit(budget);
        List<String> clauses = new ArrayList<>();
        if (budget.initialBudget() != null) {
            clauses.add("年初预算金额为" + Figures.amount(budget.initialBudget()) + unit);
        }
        if (budget.adjustments() != null && budget.adjustments().signum() != 0) {
            clauses.add((budget.adjustments().signum() > 0 ? "年中调增预算金额" : "年中调减预算金额")
                    + Figures.amount(budget.adjustments().abs()) + unit);
        }
        if (budget.annualBudget() != null) {
            clauses.add("年度预算数为" + Figures.amount(budget.annualBudget()) + unit);
        }
        if (budget.spent() != null) {
            clauses.add("全年支出金额为" + Figures.amount(budget.spent()) + unit);
        }
        if (budget.executionRate() != null) {
            clauses.add("预算执行率为" + Figures.percent(budget.executionRate()));
        }
        StringBuilder text = new StringBuilder(department).append(year).append("年度").append(String.join("，", clauses));
        if (budget.basicExpenditure() != null) {
            text.append("，其中基本支出").append(Figures.amount(budget.basicExpenditure())).append(unit)
                    .append("，基本支出主要是人员经费和公用经费支出");
        }
        if (budget.projectExpenditure() != null) {
            text.append("；项目支出").append(Figures.amount(budget.projectExpenditure())).append(unit);
            Optional<String> contents = narrative.text(NarrativeKeys.PROJECT_EXPENDITURE);
            String count = budget.projectCount() == null ? "" : budget.projectCount() + "个";
            if (contents.isPresent()) {
                text.append("，项目支出主要是").append(stripFullStop(contents.get())).append("等").append(count).append("项目");
            } else if (budget.projectCount() != null) {
                text.append("，共").append(count).append("项目");
            }
        }
        return text.append("。").toString();
    }

    /** 二（二）3: the basis of 部门预算资金支出率. */
    static String spendingRateBasis(ScorecardSnapshot.Budget budget, int year, String department) {
        if (budget == null || budget.averageExecutionRate() == null) {
            return null;
        }
        String source = budget.averageExecutionRateSource() == null || budget.averageExecutionRateSource().isBlank()
                ? "预算执行数据" : budget.averageExecutionRateSource();
        return "根据" + source + "，" + department + year + "年一般公共预算支出年度平均执行率"
                + Figures.percent(budget.averageExecutionRate());
    }

    /** Figures the seed states for some management items, by item code. */
    static List<String> itemFacts(String itemCode, ScorecardSnapshot.Budget budget, int year, String department) {
        if (budget == null) {
            return List.of();
        }
        String unit = unit(budget);
        return switch (itemCode) {
            case "carry-over-rate" -> budget.carryOverRate() == null ? List.of()
                    : List.of("根据决算数据，结余结转率为" + rateText(budget.carryOverRate()) + "。");
            case "asset-income-remittance" -> budget.disposalIncome() == null ? List.of()
                    : List.of(year + "年度" + department + "上缴处置收入" + Figures.points(budget.disposalIncome())
                            + unit + "，国有资产收益收入均上缴国库。");
            case "fixed-asset-utilisation" -> budget.fixedAssetUtilisationRate() == null ? List.of()
                    : List.of(year + "年度" + department + "实际在用固定资产总额与所有固定资产总额的比率为"
                            + Figures.percent(budget.fixedAssetUtilisationRate()) + "。");
            case "public-funds-control" -> publicFunds(budget.publicFunds(), unit, year, department);
            case "three-public-expenses" -> threePublic(budget.threePublic(), unit, year, department);
            default -> List.of();
        };
    }

    private static List<String> publicFunds(ScorecardSnapshot.Control funds, String unit, int year, String department) {
        if (funds == null || funds.actual() == null || funds.budgeted() == null) {
            return List.of();
        }
        String sentence = year + "年度，" + department + "实际支出公用经费总额" + Figures.amount(funds.actual()) + unit
                + "，预算安排公用经费总额金额" + Figures.amount(funds.budgeted()) + unit;
        if (funds.controlRate() != null) {
            sentence += "，因此公用经费控制率=（实际支出公用经费总额-预算安排公用经费总额）/预算安排公用经费总额×100%="
                    + Figures.percent(funds.controlRate()) + "，控制率" + (funds.controlRate().signum() <= 0
                            ? "≤0，符合公用经费控制要求" : "＞0，未达到公用经费控制要求");
        }
        return List.of(sentence + "。");
    }

    private static List<String> threePublic(ScorecardSnapshot.Control expenses, String unit, int year,
            String department) {
        if (expenses == null || expenses.actual() == null || expenses.budgeted() == null) {
            return List.of();
        }
        boolean within = expenses.actual().compareTo(expenses.budgeted()) <= 0;
        return List.of(year + "年度，" + department + "“三公”经费实际支出数为" + Figures.amount(expenses.actual()) + unit
                + "，预算安排的“三公”经费数为" + Figures.amount(expenses.budgeted()) + unit + "，“三公”经费实际支出数"
                + (within ? "≤预算安排的“三公”经费数，符合“三公”经费控制要求。" : "＞预算安排的“三公”经费数，未达到“三公”经费控制要求。"));
    }

    /** The seed writes a zero rate as "0", any other as a percentage. */
    private static String rateText(BigDecimal rate) {
        return rate.signum() == 0 ? "0" : Figures.percent(rate);
    }

    private static String unit(ScorecardSnapshot.Budget budget) {
        return budget.unit() == null || budget.unit().isBlank() ? "万元" : budget.unit();
    }

    private static String stripFullStop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith("。") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
