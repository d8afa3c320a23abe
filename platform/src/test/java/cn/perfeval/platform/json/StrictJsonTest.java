package cn.perfeval.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case here was read silently (and wrongly) by Jackson's defaults before {@link StrictJson}. */
class StrictJsonTest {

    record Contract(String contractId, LocalDate filedOn, Integer count, int month, BigDecimal amount,
                    List<String> notes) {
    }

    private final ObjectMapper mapper = StrictJson.configure(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aWellFormedDocumentStillReads() throws Exception {
        Contract read = mapper.readValue("{\"contractId\":\"C1\",\"filedOn\":\"2023-01-01\",\"count\":2,\"month\":3,"
                + "\"amount\":1.50,\"notes\":[\"a\"]}", Contract.class);

        assertThat(read).isEqualTo(new Contract("C1", LocalDate.of(2023, 1, 1), 2, 3, new BigDecimal("1.50"),
                List.of("a")));
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldWhileAPairReads() throws Exception {
        assertThatThrownBy(() -> mapper.readValue("{\"contractId\":\"C\\ud800x\"}", Contract.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("contractId");
        assertThatThrownBy(() -> mapper.readValue("{\"notes\":[\"\\udc00\"]}", Contract.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("notes");

        assertThat(mapper.readValue("{\"contractId\":\"\\ud83d\\ude00\"}", Contract.class).contractId())
                .isEqualTo("\uD83D\uDE00");
    }

    @Test
    void aDateSentAsANumberIsRefusedNotReadAsAnEpochDay() {
        assertThatThrownBy(() -> mapper.readValue("{\"filedOn\":20230101}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("filedOn");
    }

    @Test
    void anEmptyStringForADateOrANumberIsRefusedNotReadAsNull() {
        assertThatThrownBy(() -> mapper.readValue("{\"filedOn\":\"\"}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("filedOn");
        assertThatThrownBy(() -> mapper.readValue("{\"count\":\"\"}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("count");
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"\"}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("amount");
    }

    @Test
    void aFractionForAnIntegerIsRefusedNotTruncated() {
        assertThatThrownBy(() -> mapper.readValue("{\"month\":1.5}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("month");
        assertThatThrownBy(() -> mapper.readValue("{\"count\":2.0}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("count");
    }

    @Test
    void textAfterTheValueIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"contractId\":\"C1\"} {\"x\":1}", Contract.class))
                .isInstanceOf(MismatchedInputException.class).hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> mapper.readValue("[\"a\"]]", List.class))
                .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void aNullInAListIsRefusedWhetherTheListIsAFieldOrTheWholeBody() {
        assertThatThrownBy(() -> mapper.readValue("{\"notes\":[\"a\",null]}", Contract.class))
                .isInstanceOf(InvalidNullException.class).hasMessageContaining("notes");
        assertThatThrownBy(() -> mapper.readValue("[{\"contractId\":\"C1\"},null]",
                mapper.getTypeFactory().constructCollectionType(List.class, Contract.class)))
                .isInstanceOf(InvalidNullException.class);
    }

    @Test
    void unknownAndRepeatedFieldsAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"contractID\":\"C1\"}", Contract.class))
                .isInstanceOf(UnrecognizedPropertyException.class).hasMessageContaining("contractID");
        assertThatThrownBy(() -> mapper.readValue("{\"contractId\":\"C1\",\"contractId\":\"C2\"}", Contract.class))
                .hasMessageContaining("Duplicate field 'contractId'");
    }
}
