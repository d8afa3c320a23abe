package cn.perfeval.platform.problem.language;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.platform.problem.CallerLanguage;
import cn.perfeval.platform.problem.Problem;
import cn.perfeval.platform.problem.ProblemType;
import cn.perfeval.platform.text.ControlCharacters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChineseProblemsTest {

    @Test
    void everyTitleHasAChineseOne() {
        for (ProblemType type : ProblemType.values()) {
            assertThat(ChineseProblems.titleOf(type.uri(), type.title())).as(type.name())
                    .isNotEqualTo(type.title()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void thePlatformsOwnMessagesAreTranslatedAndADomainMessageIsKeptAsWritten() {
        Problem problem = new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400,
                "name: " + ControlCharacters.SINGLE_LINE_RULE, null, "c-1",
                List.of(new Problem.FieldError("name", ControlCharacters.SINGLE_LINE_RULE),
                        new Problem.FieldError("extra", "unknown field"),
                        new Problem.FieldError("value", "unknown unit '万斤'")));

        Problem chinese = ChineseProblems.translate(problem);

        assertThat(chinese.title()).isEqualTo("请求校验未通过");
        assertThat(chinese.detail()).isEqualTo("name：不能包含控制字符（换行、制表符、NUL 等）");
        assertThat(chinese.errors()).extracting(Problem.FieldError::message)
                .containsExactly("不能包含控制字符（换行、制表符、NUL 等）", "未知字段", "unknown unit '万斤'");
        assertThat(chinese.errors()).extracting(Problem.FieldError::field).containsExactly("name", "extra", "value");
        assertThat(chinese.type()).isEqualTo(problem.type());
        assertThat(chinese.correlationId()).isEqualTo("c-1");
    }

    @Test
    void chineseIsChosenOnlyWhenPreferredToEnglish() {
        assertThat(CallerLanguage.prefersChinese(List.of(Locale.forLanguageTag("zh-CN")))).isTrue();
        assertThat(CallerLanguage.prefersChinese(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("zh"))))
                .isTrue();
        assertThat(CallerLanguage.prefersChinese(List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("zh"))))
                .isFalse();
        assertThat(CallerLanguage.prefersChinese(List.of())).isFalse();
    }
}
