#!/usr/bin/env bash
# Follows three recipes literally, in a temporary copy of this working tree, and runs the tests each one names:
#   scoring-service/README.md "a new rule kind"  - adds a throw-away rule kind, half-or-nothing;
#   report-service/README.md  "a new report format" - adds a throw-away plain-text format, .txt;
#   budget-service/README.md  "a new ERP fact"   - adds a throw-away number fact, assets.inventories.reported,
#     first to one side only (FactVocabularyTest must fail), then to both (it must pass). Its step 5, a scheme
#     item that scores the fact, changes the shipped scheme's figures and is not walked (FactCatalogTest asks it).
# The working tree is never touched. Not part of ./test.sh: it builds three modules again (a few minutes).
# MVNW_OPTS is passed to the Maven wrapper (e.g. MVNW_OPTS=-o offline).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work")
cd "$work"
mvnw() { ./mvnw -B -q ${MVNW_OPTS:-} "$@"; }
tests() { # module, test classes
  mvnw -pl "$1" -am verify -Dtest="$2" -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dit.test=none
}
say() { printf '\n== %s\n' "$*"; }

rules=scoring-service/src/main/java/cn/perfeval/scoring/engine/rules
engine_tests=scoring-service/src/test/java/cn/perfeval/scoring/engine

say "scoring recipe, step 1: engine/rules/HalfOrNothingRule.java, copied from AllOrNothingRule"
sed -e 's/AllOrNothingRule/HalfOrNothingRule/g' \
    -e 's/nonCompliant == 0 ? max : BigDecimal.ZERO/nonCompliant == 0 ? max : max.divide(BigDecimal.valueOf(2))/' \
    -e 's/任一不合规不得分/任一不合规得一半/' \
    -e 's|^/\*\*.*\*/$|/** Full points when every record complies, half otherwise (a throw-away rule kind). */|' \
    "$rules/AllOrNothingRule.java" > "$rules/HalfOrNothingRule.java"

say "scoring recipe, step 2: one constant in RuleKind"
sed -i 's/^\(    ALL_OR_NOTHING(.*\)$/\1\n    HALF_OR_NOTHING("half-or-nothing", HalfOrNothingRule::configure),/' "$rules/RuleKind.java"
grep -q 'HALF_OR_NOTHING' "$rules/RuleKind.java"

say "scoring recipe, step 3: a test copied from RecordAndJudgementRulesTest.AllOrNothing"
cat > "$engine_tests/HalfOrNothingRuleTest.java" <<'JAVA'
package cn.perfeval.scoring.engine;

import static cn.perfeval.scoring.engine.FactsBuilder.bad;
import static cn.perfeval.scoring.engine.FactsBuilder.facts;
import static cn.perfeval.scoring.engine.FactsBuilder.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.scoring.engine.facts.FactCatalog;
import cn.perfeval.scoring.engine.scheme.Scheme;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HalfOrNothingRuleTest {

    private static final String SIGNING = FactCatalog.CONTRACT_SIGNING;
    private final Scheme scheme = TestSchemes.singleItem("half-or-nothing", "3", Map.of("recordSet", SIGNING));

    @Test
    void everyRecordCompliantEarnsFullPointsAndALateOneHalf() {
        assertThat(TestSchemes.scoreItem(scheme, facts().records(SIGNING, ok("C1")).build()).score())
                .isEqualByComparingTo("3");
        assertThat(TestSchemes.scoreItem(scheme, facts().records(SIGNING, ok("C1"), bad("C2", "晚")).build()).score())
                .isEqualByComparingTo("1.5");
    }
}
JAVA
tests scoring-service 'HalfOrNothingRuleTest,RecordAndJudgementRulesTest,SchemeValidatorTest'
grep -q 'Tests run: 1, Failures: 0' scoring-service/target/surefire-reports/cn.perfeval.scoring.engine.HalfOrNothingRuleTest.txt

rendering=report-service/src/main/java/cn/perfeval/report/rendering
rendering_tests=report-service/src/test/java/cn/perfeval/report/rendering

say "report format recipe, step 1: rendering/PlainTextFormat.java, copied from MarkdownFormat"
sed -e 's/MarkdownFormat/PlainTextFormat/g' -e 's|"text/markdown"|"text/plain"|' -e 's/return "md";/return "txt";/' \
    -e 's/new MediaType("text", "markdown", "UTF-8")/new MediaType("text", "plain", "UTF-8")/' \
    -e 's|^ \* The outline as CommonMark with pipe tables.*| * The outline as plain text (a throw-away format).|' \
    "$rendering/MarkdownFormat.java" > "$rendering/PlainTextFormat.java"

say "report format recipe, step 2: its media type in ReportFormats.MEDIA_TYPES"
sed -i 's/^\(.*+ ", " + PdfFormat.TYPE\);$/\1 + ", " + PlainTextFormat.TYPE;/' "$rendering/ReportFormats.java"
grep -q 'PlainTextFormat.TYPE' "$rendering/ReportFormats.java"

say "report format recipe, step 3: an instance in TestRendering, the extensions ReportFormatsTest names, a copied test"
sed -i 's/new PdfFormat(html, fonts))/new PdfFormat(html, fonts), new PlainTextFormat())/' "$rendering_tests/TestRendering.java"
grep -q 'new PlainTextFormat()' "$rendering_tests/TestRendering.java"
sed -i 's/".html, .json, .md, .docx and .pdf"/".html, .json, .md, .docx, .pdf and .txt"/' "$rendering_tests/ReportFormatsTest.java"
cat > "$rendering_tests/PlainTextFormatTest.java" <<'JAVA'
package cn.perfeval.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextFormatTest {

    @Test
    void plainTextHasTheSeedsConclusion() {
        ReportContent report = new ReportComposer().compose(SeedScorecards.seed(), NarrativeTexts.none());
        byte[] text = TestRendering.formats().registry().ofExtension("txt").orElseThrow().render(report, 2);
        assertThat(new String(text, StandardCharsets.UTF_8)).contains(SeedReportRenderingTest.CONCLUSION);
    }
}
JAVA
tests report-service 'PlainTextFormatTest,ReportFormatsTest,SeedReportRenderingTest'
grep -q 'Tests run: 1, Failures: 0' report-service/target/surefire-reports/cn.perfeval.report.rendering.PlainTextFormatTest.txt

fact=assets.inventories.reported
schema=budget-service/src/main/resources/META-INF/resources/schemas/budget-scoring-facts-v1.json
catalog=scoring-service/src/main/java/cn/perfeval/scoring/engine/facts/FactCatalog.java
builder=budget-service/src/main/java/cn/perfeval/budget/execution/service/BudgetSnapshotBuilder.java

say "ERP fact recipe, step 1: BudgetSnapshotBuilder puts $fact where the assets are reported"
sed -i "s/^\(    static final String INVENTORIES_COMPLETED = .*\)$/\1\n    static final String INVENTORIES_REPORTED = \"$fact\";/" "$builder"
sed -i 's/^\(\( *\)numbers.put(INVENTORIES_COMPLETED, \)/\2numbers.put(INVENTORIES_REPORTED, new NumberFact(BigDecimal.ONE, sources.of(FactKind.ASSETS), null));\n\1/' "$builder"
grep -q 'numbers.put(INVENTORIES_REPORTED' "$builder"

say "ERP fact recipe, step 2: the key in the schema's numbers enum"
sed -i "s/\"assets.inventories.completed\"/\"assets.inventories.completed\", \"$fact\"/" "$schema"
grep -q "\"$fact\"" "$schema"

say "ERP fact recipe: with the schema changed and the catalogue not yet, FactVocabularyTest must fail"
if tests scoring-service FactVocabularyTest > "$work/vocabulary.log" 2>&1; then
  echo "FactVocabularyTest passed although the catalogue lacks $fact" >&2
  exit 1
fi
grep -q "$fact" "$work/vocabulary.log"

say "ERP fact recipe, step 3: the key in FactCatalog"
sed -i "s/^\(    public static final String INVENTORIES_COMPLETED = .*\)$/\1\n    public static final String INVENTORIES_REPORTED = \"$fact\";/" "$catalog"
sed -i 's/^\( *\)number(INVENTORIES_COMPLETED, /\1number(INVENTORIES_REPORTED, "年度资产报告", "份", "a throw-away fact"),\n&/' "$catalog"
grep -q 'number(INVENTORIES_REPORTED' "$catalog"

say "ERP fact recipe, step 4: the vocabulary agrees, and budget-service publishes the fact valid against its schema"
tests scoring-service FactVocabularyTest
tests budget-service BudgetSummaryTests

say "three recipes walked: the throw-away rule kind, format and fact build and pass their tests"
