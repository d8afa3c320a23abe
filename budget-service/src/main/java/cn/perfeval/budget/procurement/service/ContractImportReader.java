package cn.perfeval.budget.procurement.service;

import cn.perfeval.platform.json.DecimalLimits;
import cn.perfeval.platform.problem.Problem.FieldError;
import cn.perfeval.platform.problem.ProblemException;
import cn.perfeval.platform.problem.ProblemType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads contracts to import from CSV, from a JSON array of {@link ProcurementContract}, or from an Open
 * Contracting Data Standard release package: {@code awards[].date} is the award notice date,
 * {@code contracts[].dateSigned} the signing date, {@code contracts[].value.amount} the amount (元, converted to
 * 万元); the filing date is not part of OCDS and is read from the contract's extension field {@code filedOn}.
 * Every unreadable row is reported at once.
 */
final class ContractImportReader {

    static final String[] CSV_COLUMNS = {"contractId", "projectCode", "awardNoticeId", "awardNoticeIssuedOn", "signedOn",
            "filedOn", "amount", "smeAmount"};
    private static final BigDecimal YUAN_PER_WAN = new BigDecimal("10000");
    private static final int WAN_DECIMALS = 6;

    private final List<FieldError> errors = new ArrayList<>();

    static List<ProcurementContract> csv(String body) {
        ContractImportReader reader = new ContractImportReader();
        List<ProcurementContract> contracts = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body))) {
            if (!parser.getHeaderNames().equals(List.of(CSV_COLUMNS))) {
                throw ProblemException.validation("header", "must be " + String.join(",", CSV_COLUMNS));
            }
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber();
                if (record.size() != CSV_COLUMNS.length) {
                    reader.error("line", "has " + record.size() + " cells, expected " + CSV_COLUMNS.length, row);
                    continue;
                }
                contracts.add(new ProcurementContract(blank(record.get(0)), blank(record.get(1)), blank(record.get(2)),
                        reader.date(record.get(3), "awardNoticeIssuedOn", row), reader.date(record.get(4), "signedOn", row),
                        reader.date(record.get(5), "filedOn", row), reader.amount(record.get(6), "amount", row),
                        reader.amount(record.get(7), "smeAmount", row)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The CSV cannot be read: " + e.getMessage());
        }
        reader.throwIfAny();
        return contracts;
    }

    static List<ProcurementContract> json(String body, ObjectMapper mapper) throws IOException {
        ProcurementContract[] contracts = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(body, ProcurementContract[].class);
        if (contracts == null) {
            throw ProblemException.validation("body", "send a JSON array of contracts");
        }
        for (int i = 0; i < contracts.length; i++) {
            if (contracts[i] == null) {
                throw ProblemException.validation("[" + i + "]", "a contract, not null");
            }
        }
        return List.of(contracts);
    }

    static List<ProcurementContract> ocds(String body, ObjectMapper mapper) throws IOException {
        JsonNode root = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        if (root == null || !root.path("releases").isArray()) {
            throw ProblemException.validation("releases", "an OCDS release package has a releases array");
        }
        ContractImportReader reader = new ContractImportReader();
        List<ProcurementContract> contracts = new ArrayList<>();
        int row = 0;
        for (JsonNode release : root.get("releases")) {
            Map<String, JsonNode> awards = new HashMap<>();
            release.path("awards").forEach(award -> awards.put(award.path("id").asText(), award));
            String ocid = release.path("ocid").asText(null);
            for (JsonNode contract : release.path("contracts")) {
                row++;
                JsonNode award = awards.get(contract.path("awardID").asText());
                if (award == null) {
                    reader.error("releases[" + ocid + "].contracts[" + contract.path("id").asText() + "].awardID",
                            "names no award of the release", row);
                    continue;
                }
                BigDecimal yuan = reader.yuan(contract.path("value").path("amount").asText(null), "value.amount", row);
                contracts.add(new ProcurementContract(contract.path("id").asText(null), ocid, award.path("id").asText(null),
                        reader.date(award.path("date").asText(null), "awards.date", row),
                        reader.date(contract.path("dateSigned").asText(null), "contracts.dateSigned", row),
                        reader.date(contract.path("filedOn").asText(null), "contracts.filedOn", row),
                        yuan == null ? null : yuan.divide(YUAN_PER_WAN, WAN_DECIMALS, RoundingMode.UNNECESSARY),
                        null));
            }
        }
        reader.throwIfAny();
        return contracts;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** OCDS dates are date-times ("2023-03-20T00:00:00+08:00"); the local date is the date of the act. */
    private LocalDate date(String text, String field, int row) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() > 10 ? OffsetDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(field, "'" + text + "' is not a date", row);
            return null;
        }
    }

    private BigDecimal amount(String text, String field, int row) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            error(field, "'" + text + "' is not a number", row);
            return null;
        }
        if (!DecimalLimits.fits(amount)) {
            error(field, "'" + text + "' " + DecimalLimits.RULE, row);
            return null;
        }
        return amount;
    }

    /** An OCDS amount in 元: at most 2 decimals (分), so that it is exact in 万元 with {@value #WAN_DECIMALS}. */
    private BigDecimal yuan(String text, String field, int row) {
        BigDecimal yuan = amount(text, field, row);
        if (yuan != null && yuan.stripTrailingZeros().scale() > WAN_DECIMALS - 4) {
            error(field, "'" + text + "' 元 has more than 2 decimals (分)", row);
            return null;
        }
        return yuan;
    }

    private void error(String field, String message, int row) {
        errors.add(new FieldError(field, message, row));
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " row(s) unreadable; nothing was written",
                    errors);
        }
    }
}
