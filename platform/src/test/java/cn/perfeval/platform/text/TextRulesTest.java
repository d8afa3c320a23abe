package cn.perfeval.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void formulaPrefixesAreNeutralisedAndNumbersAndTextKept() {
        assertThat(SpreadsheetCells.neutralised("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SpreadsheetCells.neutralised("+cmd")).isEqualTo("'+cmd");
        assertThat(SpreadsheetCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.neutralised("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCells.neutralised("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCells.neutralised("-12.50")).isEqualTo("-12.50");
        assertThat(SpreadsheetCells.neutralised("-5%")).isEqualTo("-5%");
        assertThat(SpreadsheetCells.neutralised("HT-2023-01")).isEqualTo("HT-2023-01");
        assertThat(SpreadsheetCells.neutralised("")).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedExceptNewlineAndTabInMultiLineText() {
        assertThat(ControlCharacters.isSingleLine("业务系统运维 HT-1")).isTrue();
        assertThat(ControlCharacters.isSingleLine("a\nb")).isFalse();
        assertThat(ControlCharacters.isSingleLine("a\u0000")).isFalse();
        assertThat(ControlCharacters.isMultiLine("第一段\n\t第二段")).isTrue();
        assertThat(ControlCharacters.isMultiLine("a\u001b[31m")).isFalse();
        assertThat(ControlCharacters.isMultiLine("a\u0085")).isFalse();
        assertThat(ControlCharacters.isMultiLine("a\r\nb")).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() throws Exception {
        byte[] latin1 = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(StrictUtf8.decode("预算".getBytes(StandardCharsets.UTF_8))).isEqualTo("预算");
        assertThatThrownBy(() -> StrictUtf8.decode(latin1)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(StrictUtf8.RULE);
        try (Reader reader = StrictUtf8.reader(new ByteArrayInputStream(latin1))) {
            assertThatThrownBy(() -> reader.read(new char[16])).isInstanceOf(MalformedInputException.class)
                    .satisfies(e -> assertThat(StrictUtf8.isMalformed(e)).isTrue());
        }
    }
}
