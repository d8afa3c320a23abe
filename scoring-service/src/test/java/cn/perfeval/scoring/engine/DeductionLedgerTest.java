package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.rules.DeductionCause;
import cn.perfeval.scoring.engine.scorecard.Deduction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DeductionLedgerTest {

    private static DeductionCause cause(String id, String weight) {
        return new DeductionCause(id, new BigDecimal(weight), "reason " + id);
    }

    @Test
    void equalCausesShareTheCentsAndTheOddCentsGoToTheLowestIds() {
        List<DeductionCause> causes = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            causes.add(cause("R" + i, "1"));
        }

        // 300 cents over 7: 42 each and 6 cents left over.
        List<Deduction> ledger = DeductionLedger.allocate(new BigDecimal("3.00"), causes);

        assertThat(ledger).extracting(Deduction::recordId).containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7");
        assertThat(ledger).extracting(Deduction::points).containsExactly(new BigDecimal("0.43"), new BigDecimal("0.43"),
                new BigDecimal("0.43"), new BigDecimal("0.43"), new BigDecimal("0.43"), new BigDecimal("0.43"),
                new BigDecimal("0.42"));
    }

    @Test
    void sharesFollowTheWeightsAndCausesWithoutWeightAreLeftOut() {
        List<Deduction> ledger = DeductionLedger.allocate(new BigDecimal("2.00"),
                List.of(cause("B", "1"), cause("A", "3"), cause("C", "0")));

        assertThat(ledger).extracting(Deduction::recordId, Deduction::points)
                .containsExactly(tuple("A", new BigDecimal("1.50")),
                        tuple("B", new BigDecimal("0.50")));
    }

    @Test
    void nothingLostMeansNoLedger() {
        assertThat(DeductionLedger.allocate(new BigDecimal("0.00"), List.of(cause("A", "1")))).isEmpty();
        assertThat(DeductionLedger.allocate(new BigDecimal("-0.01"), List.of(cause("A", "1")))).isEmpty();
    }
}
