package cn.perfeval.scoring.engine;

import cn.perfeval.scoring.engine.scheme.InvalidSchemeException;
import cn.perfeval.scoring.engine.scheme.Scheme;
import cn.perfeval.scoring.engine.scheme.SchemeItem;
import cn.perfeval.scoring.engine.scheme.SchemeParser;
import cn.perfeval.scoring.engine.scheme.SchemeProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SchemeParserTest {

    private static final String YAML = """
            id: mini
            version: 2
            name: 小方案
            dimensions:
              - {code: d, name: 维度, max: 100}
            items:
              - code: rate
                name: 支出率
                dimension: d
                max: 99.5
                rule: proportional-to-rate
                params: {fact: budget.averageExecutionRate, fullCreditAt: 100}
                assumptions: 按比例
              - code: j
                name: 判断
                dimension: d
                max: 0.5
                rule: judgement
            """;

    private static final String JSON = """
            {"id": "mini", "version": "2", "name": "小方案",
             "dimensions": [{"code": "d", "name": "维度", "max": 100}],
             "items": [
               {"code": "rate", "name": "支出率", "dimension": "d", "max": 99.5, "rule": "proportional-to-rate",
                "params": {"fact": "budget.averageExecutionRate", "fullCreditAt": 100}, "assumptions": "按比例"},
               {"code": "j", "name": "判断", "dimension": "d", "max": 0.5, "rule": "judgement"}]}
            """;

    @Test
    void yamlAndJsonReadTheSame() {
        Scheme yaml = SchemeParser.parse(YAML);

        assertThat(SchemeParser.parse(JSON)).isEqualTo(yaml);
        assertThat(yaml.version()).isEqualTo("2");
        assertThat(yaml.items()).extracting(SchemeItem::code).containsExactly("rate", "j");
    }

    @Test
    void aNumberTooLargeOrTooFineForAnyRealSchemeIsAProblemNamingItsField() {
        // 1e999999999 printed or rescaled is a billion digits.
        String huge = YAML.replace("max: 99.5", "max: 1e999999999").replace("fullCreditAt: 100", "fullCreditAt: -1E+30");
        assertThatThrownBy(() -> SchemeParser.parse(huge))
                .isInstanceOfSatisfying(InvalidSchemeException.class, e -> assertThat(e.problems())
                        .extracting(SchemeProblem::itemCode, SchemeProblem::field)
                        .containsExactlyInAnyOrder(tuple("rate", "max"), tuple("rate", "params.fullCreditAt")));
        String fine = JSON.replace("\"max\": 0.5", "\"max\": 1e-999999999");
        assertThatThrownBy(() -> SchemeParser.parse(fine))
                .isInstanceOfSatisfying(InvalidSchemeException.class, e -> assertThat(e.problems())
                        .extracting(SchemeProblem::itemCode, SchemeProblem::field).containsExactly(tuple("j", "max")));
        assertThatThrownBy(() -> SchemeParser.parse(YAML.replace("fullCreditAt: 100", "fullCreditAt: .inf")))
                .isInstanceOfSatisfying(InvalidSchemeException.class, e -> assertThat(e.problems())
                        .extracting(SchemeProblem::field).containsExactly("document"));
    }

    @Test
    void numbersAreExactDecimals() {
        Scheme scheme = SchemeParser.parse(YAML);

        assertThat(scheme.items().get(1).max()).isEqualTo(new BigDecimal("0.5"));
        assertThat(scheme.items().get(0).max()).isEqualTo(new BigDecimal("99.5"));
        assertThat(scheme.items().get(0).params().get("fullCreditAt")).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void malformedDocumentsAreRejected() {
        assertThatThrownBy(() -> SchemeParser.parse("id: [unclosed"))
                .isInstanceOf(InvalidSchemeException.class)
                .satisfies(e -> assertThat(((InvalidSchemeException) e).problems())
                        .extracting(SchemeProblem::field).containsExactly("document"));
        assertThatThrownBy(() -> SchemeParser.parse("just text")).isInstanceOf(InvalidSchemeException.class);
    }

    @Test
    void structuralProblemsNameTheItemAndField() {
        String broken = YAML.replace("max: 99.5", "max: lots").replace("assumptions: 按比例", "assumption: 按比例");

        assertThatThrownBy(() -> SchemeParser.parse(broken))
                .isInstanceOf(InvalidSchemeException.class)
                .satisfies(e -> assertThat(((InvalidSchemeException) e).problems())
                        .extracting(SchemeProblem::itemCode, SchemeProblem::field)
                        .containsExactlyInAnyOrder(tuple("rate", "max"), tuple("rate", "assumption")));
    }

    @Test
    void theShippedSchemeHasTheSeedsShape() {
        Scheme scheme = TestSchemes.guangzhou();

        assertThat(scheme.dimensions()).extracting(d -> d.code(), d -> d.name(), d -> d.max().intValueExact())
                .containsExactly(tuple("performance", "履职效能", 50), tuple("management", "管理效率", 50));
        assertThat(scheme.items()).hasSize(26);
        assertThat(scheme.items()).extracting(SchemeItem::code).allMatch(code -> code.matches("[a-z][a-z0-9-]*"));
        assertThat(scheme.items()).filteredOn(item -> item.rule().equals("judgement")).extracting(SchemeItem::name)
                .containsExactlyInAnyOrderElementsOf(List.of("财务管理合规性", "预决算公开合规性", "绩效信息公开情况",
                        "绩效管理制度建设", "绩效结果应用", "绩效管理制度执行", "采购内控制度建设", "资产配置合规性", "数据质量",
                        "资产管理合规性"));
    }
}
