package cn.perfeval.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActDatesTest {

    private static final LocalDate TODAY = LocalDate.parse("2023-05-01");

    @Test
    void todayAndEarlierAndNoDateAtAllPass() {
        assertThatCode(() -> ActDates.notAfter(TODAY).check("signedOn", TODAY, 1).check("filedOn", null, 1)
                .check("disclosedOn", TODAY.minusYears(1), null).throwIfAny()).doesNotThrowAnyException();
    }

    @Test
    void everyDateAfterTodayIsNamedInOne422() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> ActDates.notAfter(TODAY)
                .check("contracts[A].signedOn", TODAY.plusDays(1), 1).check("contracts[B].signedOn", TODAY, 2)
                .check("contracts[C].filedOn", TODAY.plusYears(1), 3).throwIfAny());
        assertThat(refused.type()).isEqualTo(ProblemType.UNPROCESSABLE);
        assertThat(refused.errors()).extracting(Problem.FieldError::field)
                .containsExactly("contracts[A].signedOn", "contracts[C].filedOn");
        assertThat(refused.errors()).extracting(Problem.FieldError::row).containsExactly(1, 3);
    }
}
