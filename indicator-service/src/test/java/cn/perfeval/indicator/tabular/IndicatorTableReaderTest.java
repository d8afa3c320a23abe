package cn.perfeval.indicator.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.perfeval.indicator.domain.CompletionStatus;
import cn.perfeval.indicator.domain.IndicatorCategory;
import cn.perfeval.platform.json.DecimalLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

class IndicatorTableReaderTest {

    private static final String HEADER = "一级指标,二级指标,三级指标,年度指标值,完成指标值";
    private static final int TEN_MIB = 10 << 20;

    private final IndicatorTableReader reader = new IndicatorTableReader();

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private IndicatorImport read(String... lines) {
        return reader.read(csv(lines));
    }

    @Nested
    class BadRows {

        @Test
        void anUnparseableTargetIsAnErrorNamingRowAndField() {
            IndicatorImport result = read(HEADER,
                    "产出指标,数量指标,实缴人数,530万人,534.89万人",
                    ",,业务受理笔数,＞65OO万,7398万",
                    ",,贷款发放笔数,4.48万笔,5.18万笔");

            assertThat(result.isRejected()).isFalse();
            assertThat(result.isClean()).isFalse();
            assertThat(result.validRows()).extracting(IndicatorRow::name).containsExactly("实缴人数", "贷款发放笔数");
            RowOutcome bad = result.invalidRows().get(0);
            assertThat(bad.location()).isEqualTo("row 3");
            assertThat(bad.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("年度指标值");
                assertThat(error.message()).contains("＞65OO万");
            });
        }

        @Test
        void anUnknownLevelNameIsARowErrorAlsoOnTheRowsItCoversDown() {
            IndicatorImport result = read(HEADER,
                    "产品指标,数量指标,实缴人数,530万人,534.89万人",
                    ",,贷款发放笔数,4.48万笔,5.18万笔",
                    "效益指标,社会效益,故障响应率,＞90%,93.64%");

            assertThat(result.rows()).extracting(RowOutcome::isValid).containsExactly(false, false, true);
            assertThat(result.rows().get(0).errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("一级指标");
                assertThat(error.message()).contains("'产品指标'").contains("产出指标");
            });
            assertThat(result.rows().get(1).errors()).singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("carried down from row 2"));
        }

        @Test
        void levelNamesMayContainLineBreaksAndSpaces() {
            IndicatorImport result = read(HEADER,
                    "\"产出指\n标\",数量指标,实缴人数,530万人,534.89万人",
                    "效益 指标,社会效益,故障响应率,＞90%,93.64%",
                    "\"满意度\n\n指标\",\"服务对象满\n意度指标\",好评率,≥90%,100%");

            assertThat(result.validRows()).extracting(IndicatorRow::category, IndicatorRow::level2).containsExactly(
                    tuple(IndicatorCategory.OUTPUT, "数量指标"),
                    tuple(IndicatorCategory.BENEFIT, "社会效益"),
                    tuple(IndicatorCategory.SATISFACTION, "服务对象满意度指标"));
        }

        @Test
        void aUnitMismatchBetweenTargetAndActualIsAnErrorOnTheActual() {
            IndicatorImport result = read(HEADER, "产出指标,质量指标,发布新媒体宣传率,≥85%,60万人");

            assertThat(result.rows()).singleElement().satisfies(outcome -> {
                assertThat(outcome.isValid()).isFalse();
                assertThat(outcome.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("完成指标值");
                    assertThat(error.message()).contains("60万人").contains("≥85%");
                });
            });
        }

        @Test
        void aDuplicateNameWithinABranchIsAnErrorButNotAcrossBranches() {
            IndicatorImport result = read(HEADER,
                    "产出指标,数量指标,网络连通性,≥99%,99.45%",
                    ",质量指标,网络连通性,≥99%,99.45%",
                    ",,\"网络\n连通性\",≥99%,99.45%");

            assertThat(result.rows()).extracting(RowOutcome::isValid).containsExactly(true, true, false);
            assertThat(result.rows().get(2).errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("三级指标");
                assertThat(error.message()).contains("appears twice").contains("质量指标").contains("first at row 3");
            });
        }

        @Test
        void aBranchStartsWithItsLevel2AndTheFirstRowNeedsALevel1() {
            IndicatorImport result = read(HEADER,
                    ",数量指标,实缴人数,530万人,534.89万人",
                    "产出指标,数量指标,实缴人数,530万人,534.89万人",
                    "效益指标,,故障响应率,＞90%,93.64%");

            assertThat(result.rows().get(0).errors()).extracting(FieldError::field).containsExactly("一级指标");
            assertThat(result.rows().get(1).isValid()).isTrue();
            assertThat(result.rows().get(2).errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("二级指标");
                assertThat(error.message()).contains("first row of 一级指标 '效益指标'");
            });
        }

        @Test
        void everyProblemOfARowIsReportedAtOnce() {
            IndicatorImport result = read(HEADER, "产出指标,数量指标,,≥8x%,≥1");

            assertThat(result.rows()).singleElement().satisfies(outcome -> assertThat(outcome.errors())
                    .extracting(FieldError::field).containsExactlyInAnyOrder("三级指标", "年度指标值", "完成指标值"));
        }

        @Test
        void anOverlongCellIsAnErrorNotACrash() {
            IndicatorImport result = read(HEADER, "产出指标,数量指标," + "长".repeat(3_000) + ",530万人,534.89万人");

            assertThat(result.rows()).singleElement().satisfies(outcome -> assertThat(outcome.errors())
                    .extracting(FieldError::field).contains("三级指标"));
        }

        @Test
        void aBlankTargetIsAnError() {
            IndicatorImport result = read(HEADER, "产出指标,数量指标,实缴人数,,534.89万人");

            assertThat(result.rows().get(0).errors()).singleElement()
                    .satisfies(error -> assertThat(error.message()).contains("年度指标值 is blank"));
        }
    }

    @Nested
    class GoodVariations {

        @Test
        void aMissingActualIsReadAsMissingNotZero() {
            IndicatorImport result = read(HEADER, "产出指标,数量指标,实缴人数,530万人,");

            IndicatorRow row = result.validRows().get(0);
            assertThat(row.actual()).isNull();
            assertThat(SeedTables.completionOf(row).status()).isEqualTo(CompletionStatus.MISSING);
        }

        @Test
        void aTargetsOnlyTableAtTheStartOfTheYearIsValid() {
            IndicatorImport result = read("一级指标,二级指标,三级指标,实施周期指标值,年度指标值",
                    "产出指标,数量指标,实缴人数,530万人,530万人");

            assertThat(result.isClean()).isTrue();
            assertThat(result.validRows().get(0).actual()).isNull();
        }

        @Test
        void optionalColumnsUnitWeightAndNotesAndUnknownColumnsAreListed() {
            IndicatorImport result = read("一级指标,二级指标,三级指标,年度指标值,完成指标值,单位,权重,计算说明,负责处室",
                    "产出指标,数量指标,实缴人数,530,534.89,万人,2.5,按缴存人数,归集处",
                    "产出指标,数量指标,宣传率,≥85%,105.88%,,abc,,");

            assertThat(result.ignoredColumns()).containsExactly("负责处室");
            IndicatorRow row = result.validRows().get(0);
            assertThat(row.annualTarget().normalized()).isEqualByComparingTo("5300000");
            assertThat(row.actual().normalized()).isEqualByComparingTo("5348900");
            assertThat(row.weight()).isEqualTo(new BigDecimal("2.5"));
            assertThat(row.note()).isEqualTo("按缴存人数");
            assertThat(result.rows().get(1).errors()).extracting(FieldError::field).containsExactly("权重");
        }

        @Test
        void aWeightTooLargeOrTooFineIsAnErrorOfItsRowNotABillionDigitNumber() {
            IndicatorImport result = read("一级指标,二级指标,三级指标,年度指标值,完成指标值,权重",
                    "产出指标,数量指标,实缴人数,530,534.89,1e999999999",
                    "产出指标,数量指标,宣传率,≥85%,105.88%,1e-999999999");

            assertThat(result.validRows()).isEmpty();
            assertThat(result.rows()).hasSize(2).allSatisfy(row -> assertThat(row.errors()).singleElement()
                    .satisfies(error -> {
                        assertThat(error.field()).isEqualTo("权重");
                        assertThat(error.message()).contains("999999999").endsWith(DecimalLimits.RULE);
                    }));
        }

        @Test
        void aQualitativeIndicatorKeepsItsActualAsText() {
            IndicatorImport result = read(HEADER, "效益指标,社会效益,服务质量,有效提升,已完成，效果良好");

            IndicatorRow row = result.validRows().get(0);
            assertThat(row.annualTarget().isQualitative()).isTrue();
            assertThat(row.actual().text()).isEqualTo("已完成，效果良好");
        }

        @Test
        void titleRowsAndBlankRowsAreSkipped() {
            IndicatorImport result = read("表1 部门整体绩效目标产出指标完成情况", "", HEADER,
                    "产出指标,数量指标,实缴人数,530万人,534.89万人", ",,,,", "", ",,贷款发放笔数,4.48万笔,5.18万笔");

            assertThat(result.rows()).extracting(RowOutcome::rowNumber).containsExactly(4, 7);
            assertThat(result.isClean()).isTrue();
        }

        @Test
        void aNegativeActualIsReadAndCountsAsZeroInCompletion() {
            IndicatorRow row = read(HEADER, "产出指标,质量指标,宣传率,≥85%,-3%").validRows().get(0);

            assertThat(row.actual().number()).isEqualTo(new BigDecimal("-3"));
            assertThat(SeedTables.completionOf(row).ratePercent()).isEqualTo(new BigDecimal("0.00"));
        }
    }

    @Nested
    class BadFiles {

        @Test
        void tenMegabytesOfRandomBytesAreRejectedQuicklyAsNotATable() {
            byte[] garbage = new byte[TEN_MIB];
            new Random(20231231).nextBytes(garbage);

            IndicatorImport result = assertQuickly(() -> reader.read(new ByteArrayInputStream(garbage)));

            assertThat(result.isRejected()).isTrue();
            assertThat(result.rows()).isEmpty();
            assertThat(result.fileErrors()).singleElement().asString().startsWith("not a CSV/XLSX indicator table");
        }

        @Test
        void randomBytesBehindAZipSignatureAreRejectedQuickly() {
            byte[] garbage = new byte[TEN_MIB];
            new Random(7).nextBytes(garbage);
            System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, garbage, 0, 4);

            IndicatorImport result = assertQuickly(() -> reader.read(garbage));

            assertThat(result.format()).isEqualTo(SourceFormat.XLSX);
            assertThat(result.fileErrors()).singleElement().asString().startsWith("not a CSV/XLSX indicator table");
        }

        @Test
        void tenMegabytesOfPrintableTextWithoutAHeaderAreRejected() {
            byte[] text = "abc,def,ghi\n".repeat(TEN_MIB / 12).getBytes(StandardCharsets.US_ASCII);

            IndicatorImport result = assertQuickly(() -> reader.read(text));

            assertThat(result.fileErrors()).singleElement().asString()
                    .contains("not a CSV/XLSX indicator table").contains("no header row");
        }

        @Test
        void tooManyRowsRejectTheFileBlankOnesIncluded() {
            String table = HEADER + "\n产出指标,数量指标,实缴人数,530万人,534.89万人" + "\n,,,,".repeat(50_000);

            IndicatorImport result = assertQuickly(() -> reader.read(table.getBytes(StandardCharsets.UTF_8)));

            assertThat(result.rows()).isEmpty();
            assertThat(result.fileErrors()).singleElement().asString().contains("more than 50000 rows");
        }

        @Test
        void anUploadOverTheByteLimitIsRejectedWithoutReadingItAll() throws IOException {
            IndicatorTableReader small = new IndicatorTableReader(new ImportLimits(1_000, 100, 16, 100, 10_000, 10, 5));

            IndicatorImport result = small.read(new ByteArrayInputStream(new byte[5_000]));

            assertThat(result.fileErrors()).singleElement().asString().contains("larger than 1000 bytes");
        }

        @Test
        void aZipBombIsRejectedBeforePoiInflatesIt() throws IOException {
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }

            IndicatorImport result = assertQuickly(() -> reader.read(bomb.toByteArray()));

            assertThat(bomb.size()).isLessThan(1 << 20);
            assertThat(result.fileErrors()).singleElement().asString().contains("inflates to more than 64 MiB");
        }

        @Test
        void aZipThatIsNoWorkbookIsRejected() throws IOException {
            ByteArrayOutputStream archive = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(archive)) {
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            assertThat(reader.read(archive.toByteArray()).fileErrors()).singleElement().asString()
                    .contains("without a workbook");
        }

        @Test
        void aZipWithAnXlFolderButNoValidPackageIsRejected() throws IOException {
            ByteArrayOutputStream archive = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(archive)) {
                zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
                zip.write("<not-a-workbook".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }

            assertThat(reader.read(archive.toByteArray()).fileErrors()).singleElement().asString()
                    .startsWith("not a CSV/XLSX indicator table");
        }

        @Test
        void aLegacyOrEncryptedWorkbookIsRejectedWithAHint() {
            byte[] ole2 = new byte[512];
            System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1}, 0, ole2, 0, 8);

            assertThat(reader.read(ole2).fileErrors()).singleElement().asString()
                    .contains("save it as an unprotected .xlsx");
        }

        @Test
        void emptyBinaryAndMalformedFilesAreRejected() {
            assertThat(reader.read(new byte[0]).fileErrors()).singleElement().asString().contains("empty");
            assertThat(reader.read(new byte[] {'a', 0, 'b'}).fileErrors()).singleElement().asString()
                    .contains("binary");
            assertThat(read(HEADER, "产出指标,数量指标,\"unterminated,1,2").fileErrors()).singleElement().asString()
                    .startsWith("malformed CSV");
        }

        @Test
        void aHeaderMissingARequiredColumnSaysWhich() {
            assertThat(read("一级指标,二级指标,三级指标,完成指标值", "产出指标,数量指标,实缴人数,534.89万人")
                    .fileErrors()).singleElement().asString().isEqualTo("the header row lacks 年度指标值");
        }

        @Test
        void aHeaderNamingAColumnTwiceIsRejected() {
            assertThat(read(HEADER + ",三级指标").fileErrors()).singleElement().asString().contains("三级指标 twice");
        }

        @Test
        void aHeaderWithoutRowsIsRejected() {
            assertThat(read(HEADER, ",,,,").fileErrors()).singleElement().asString().contains("no indicator rows");
        }

        /** Rejecting garbage must not take long: the limit is generous for a 2-core machine shared with others. */
        private IndicatorImport assertQuickly(ThrowingSupplier<IndicatorImport> read) {
            return assertTimeoutPreemptively(Duration.ofSeconds(10), read);
        }
    }
}
