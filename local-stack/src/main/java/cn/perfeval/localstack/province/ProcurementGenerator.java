package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.Procurement.AwardNotice;
import cn.perfeval.localstack.province.Procurement.Complaint;
import cn.perfeval.localstack.province.Procurement.Contract;
import cn.perfeval.localstack.province.Procurement.Intention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A department-year's procurement in the seed's shape: one to six procurements, each an intention, an award notice
 * and a contract. Most acts are on time; some are late, by margins no holiday can excuse — an intention disclosed
 * only 5–20 days before the procurement starts (the rule wants 30), a contract signed 40–60 days after its notice
 * (30 allowed, and a period ending in the longest holiday runs on 9 days at most), one filed 15–25 days after signing (2 working days allowed). On-time acts keep clear of the
 * deadlines the same way, so a verdict never depends on a holiday the generator did not look up.
 */
final class ProcurementGenerator {

    private final Draw draw;
    private final int year;

    ProcurementGenerator(Draw draw, int year) {
        this.draw = draw;
        this.year = year;
    }

    Procurement generate(BigDecimal annualBudget) {
        List<Intention> intentions = new ArrayList<>();
        List<AwardNotice> notices = new ArrayList<>();
        List<Contract> contracts = new ArrayList<>();
        int count = draw.between(1, 6);
        for (int i = 1; i <= count; i++) {
            String project = String.format("CG-%d-%02d", year, i);
            LocalDate starts = draw.day(LocalDate.of(year, 2, 15), LocalDate.of(year, 9, 30));
            LocalDate disclosed = starts.minusDays(draw.chance(0.15) ? draw.between(5, 20) : draw.between(31, 44));
            intentions.add(new Intention(project, draw.pick(Vocabulary.PURCHASES), disclosed.toString(), starts.toString()));
            LocalDate issued = starts.plusDays(draw.between(10, 40));
            String notice = String.format("TZ-%d-%02d", year, i);
            notices.add(new AwardNotice(notice, project, issued.toString()));
            contracts.add(contract(String.format("HT-%d-%02d", year, i), project, notice, issued, annualBudget));
        }
        BigDecimal sme = contracts.stream().map(Contract::smeAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reserved = sme.multiply(BigDecimal.valueOf(draw.chance(0.8) ? 1.0 : draw.between(1.0, 1.3)))
                .setScale(2, RoundingMode.HALF_UP);
        return new Procurement(intentions, notices, contracts, complaints(), new Procurement.SmeReservation(reserved,
                sme, year + "年度政府采购统计"));
    }

    private Contract contract(String id, String project, String notice, LocalDate issued, BigDecimal annualBudget) {
        LocalDate signed = issued.plusDays(draw.chance(0.2) ? draw.between(40, 60) : draw.between(3, 25));
        LocalDate filed = signed.plusDays(draw.chance(0.15) ? draw.between(15, 25) : draw.between(0, 1));
        double cap = Math.max(5, annualBudget.doubleValue() * 0.02);
        BigDecimal amount = draw.money(5, cap);
        BigDecimal sme = draw.chance(0.7) ? amount : amount.multiply(BigDecimal.valueOf(draw.between(0, 1)))
                .setScale(2, RoundingMode.DOWN);
        return new Contract(id, project, notice, signed.toString(), filed.toString(), amount, sme);
    }

    /** Now and then a supplier's complaint; rarely one upheld against the purchaser. */
    private List<Complaint> complaints() {
        if (!draw.chance(0.05)) {
            return List.of();
        }
        LocalDate received = draw.day(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30));
        return List.of(new Complaint(String.format("TS-%d-01", year), received.toString(), draw.chance(0.3),
                "供应商对评审结果提出质疑后投诉"));
    }
}
