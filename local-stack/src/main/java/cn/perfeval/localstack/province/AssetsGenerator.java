package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.Budget.Assets;
import cn.perfeval.localstack.province.Budget.DisposalIncome;
import cn.perfeval.localstack.province.Budget.Inventory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's assets (budget/assets.json's shape): fixed assets used from 80% to 99%, disposal income mostly
 * remitted (1 line in 10 not), an inventory done by 9 departments in 10, a report that is now and then incomplete.
 */
final class AssetsGenerator {

    private final Draw draw;
    private final int year;

    AssetsGenerator(Draw draw, int year) {
        this.draw = draw;
        this.year = year;
    }

    Assets generate(BigDecimal annualBudget) {
        BigDecimal total = annualBudget.multiply(BigDecimal.valueOf(draw.between(0.05, 0.3)))
                .setScale(2, RoundingMode.HALF_UP).max(BigDecimal.TEN);
        BigDecimal inUse = total.multiply(BigDecimal.valueOf(draw.between(0.8, 0.99))).setScale(2, RoundingMode.DOWN);
        List<Inventory> inventories = draw.chance(0.9)
                ? List.of(new Inventory("INV-" + year, draw.day(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 20))
                        .toString(), year + "年度资产盘点报告"))
                : List.of();
        Budget.ReportQuality quality = new Budget.ReportQuality(draw.chance(0.95), draw.chance(0.95), draw.chance(0.9));
        return new Assets(new Budget.FixedAssets(total, inUse), disposals(), inventories, quality);
    }

    private List<DisposalIncome> disposals() {
        List<DisposalIncome> lines = new ArrayList<>();
        int count = draw.between(0, 2);
        for (int i = 1; i <= count; i++) {
            String remitted = draw.chance(0.9)
                    ? draw.day(LocalDate.of(year, 3, 1), LocalDate.of(year, 12, 28)).toString()
                    : null;
            lines.add(new DisposalIncome(String.format("DSP-%02d", i), draw.money(0.5, 20), remitted));
        }
        return lines;
    }
}
