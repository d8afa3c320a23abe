package cn.perfeval.scoring.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.scoring.rectification.task.SourceKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure rules of rectification tasks: the reference formats, the earliest due date, which items are problems. */
class RectificationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void refusedOn(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.UNPROCESSABLE);
            assertThat(problem.errors()).extracting(error -> error.field()).containsExactly(field);
        });
    }

    @Nested
    class RedLightReferences {

        @Test
        void theBudgetAnIndicatorAndAProjectOfARoundOfTheYear() {
            assertThat(RedLightReference.parse("2023-07-31/budget", 2023))
                    .isEqualTo(new RedLightReference(LocalDate.of(2023, 7, 31), "budget"));
            assertThat(RedLightReference.parse("2023-07-31/indicator/6f1c0c4e-1d2b-4c7e-9a51-2f0d3b7c9e10", 2023))
                    .isEqualTo(new RedLightReference(LocalDate.of(2023, 7, 31),
                            "indicator/6f1c0c4e-1d2b-4c7e-9a51-2f0d3b7c9e10"));
            assertThat(RedLightReference.parse("2023-12-31/project/P2023-01", 2023).asOf())
                    .isEqualTo(LocalDate.of(2023, 12, 31));
        }

        @ParameterizedTest
        @ValueSource(strings = { "2023-07-31", "2023-07-31/", "2023-07-31/budget/x", "2023-07-31/indicator/",
                "2023-07-31/project", "2023-07-31/light/1", "23-07-31/budget", "2023-7-31/budget", "budget",
                "2023-02-30/budget", "2023-13-01/budget", "2023-07-31/project/-P1", "2023-07-31/indicator/=HYPERLINK(1)",
                "2023-07-31/project/PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP",
                " 2023-07-31/budget", "2023-07-31/BUDGET" })
        void aMalformedOneIsRefusedOnTheReference(String reference) {
            refusedOn("source.reference", () -> RedLightReference.parse(reference, 2023));
        }

        @Test
        void aRoundOfAnotherYearIsRefused() {
            refusedOn("source.reference", () -> RedLightReference.parse("2022-12-31/budget", 2023));
            refusedOn("source.reference", () -> RedLightReference.parse("2024-01-31/budget", 2023));
        }
    }

    @Nested
    class DueDates {

        @Test
        void aRedLightIsSeenOnItsRoundsAsOfDateAReportProblemAtTheYearEnd() {
            assertThat(SourceDates.of(new TaskSource(SourceKind.RED_LIGHT, "2023-07-31/budget"), 2023))
                    .isEqualTo(LocalDate.of(2023, 7, 31));
            assertThat(SourceDates.of(new TaskSource(SourceKind.REPORT_PROBLEM, "contract-signing-timeliness"), 2023))
                    .isEqualTo(LocalDate.of(2023, 12, 31));
        }

        @Test
        void theDueDateMayBeTheSourcesDateOrLaterNotEarlier() {
            SourceDates.requireDueNotBefore(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31));
            SourceDates.requireDueNotBefore(LocalDate.of(2024, 6, 30), LocalDate.of(2023, 12, 31));
            refusedOn("dueDate", () -> SourceDates.requireDueNotBefore(LocalDate.of(2023, 12, 30),
                    LocalDate.of(2023, 12, 31)));
            refusedOn("dueDate", () -> SourceDates.requireDueNotBefore(LocalDate.of(2023, 7, 30),
                    LocalDate.of(2023, 7, 31)));
        }

        @Test
        void aReportProblemNamesAnItemCode() {
            refusedOn("source.reference", () -> SourceDates.of(new TaskSource(SourceKind.REPORT_PROBLEM, "=1+1"), 2023));
            refusedOn("source.reference", () -> SourceDates.of(
                    new TaskSource(SourceKind.REPORT_PROBLEM, "x".repeat(65)), 2023));
        }
    }

    @Nested
    class Problems {

        private final JsonNode scorecard = read("""
                {"items": [{"code": "budget-spending-rate", "max": 10, "score": 9.54},
                           {"code": "carry-over-rate", "max": 2, "score": 2.00},
                           {"code": "contract-signing-timeliness", "max": 3, "score": 0}]}
                """);

        @Test
        void anItemBelowItsMaximumIsAProblemAFullOneAndAnUnknownOneAreNot() {
            assertThat(ReportProblems.hasDeduction(scorecard, "budget-spending-rate")).isTrue();
            assertThat(ReportProblems.hasDeduction(scorecard, "contract-signing-timeliness")).isTrue();
            assertThat(ReportProblems.hasDeduction(scorecard, "carry-over-rate")).isFalse();
            assertThat(ReportProblems.hasDeduction(scorecard, "no-such-item")).isFalse();
        }

        private static JsonNode read(String json) {
            try {
                return JSON.readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
