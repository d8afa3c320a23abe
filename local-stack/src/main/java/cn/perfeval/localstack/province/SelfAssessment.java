package cn.perfeval.localstack.province;

import cn.perfeval.localstack.province.DepartmentYear.Judgement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The judgement items a department assesses itself (judgements.json's items, with the scheme's maximum of each):
 * full marks mostly, as in the seed, and now and then from half a point to half the item withheld, with the reason in the text.
 */
final class SelfAssessment {

    /** Item code, maximum points, what full marks mean, the evidence. */
    private static final List<String[]> ITEMS = List.of(
            new String[] { "financial-compliance", "2", "未发现重大经济损失和违反财经纪律的情况", "经费管理办法" },
            new String[] { "budget-disclosure", "2", "已按规定公开部门预决算", "官网 预决算公开" },
            new String[] { "performance-disclosure", "2", "已按规定公开绩效目标和绩效自评结果", "官网 绩效信息公开" },
            new String[] { "performance-system", "5", "已建立预算绩效管理制度并明确绩效目标、运行监控和评价要求", "预算绩效管理办法" },
            new String[] { "result-application", "3", "已将评价结果用于整改和预算安排", "绩效评价整改方案" },
            new String[] { "system-execution", "7", "已对部门整体和项目开展绩效评价", "上年度绩效评价报告" },
            new String[] { "procurement-internal-control", "1", "已建立采购内控制度", "采购管理办法" },
            new String[] { "asset-allocation-compliance", "2", "资产配置未超过规定标准", "资产报表汇总表" },
            new String[] { "asset-data-quality", "2", "资产年报数据完整准确，账账、账实相符", "行政事业性国有资产年报" },
            new String[] { "asset-management-compliance", "2", "已建立资产管理制度，未发现违规情况", "固定资产管理办法" });

    private final Draw draw;

    SelfAssessment(Draw draw) {
        this.draw = draw;
    }

    /** @param rigour the chance that an item gets full marks */
    List<Judgement> generate(String departmentName, double rigour) {
        List<Judgement> judgements = new ArrayList<>();
        for (String[] item : ITEMS) {
            BigDecimal max = new BigDecimal(item[1]);
            if (draw.chance(rigour)) {
                judgements.add(new Judgement(item[0], max, departmentName + item[2] + "。", "《" + item[3] + "》"));
            } else {
                BigDecimal withheld = BigDecimal.valueOf(draw.between(1, max.intValue())).divide(BigDecimal.valueOf(2));
                judgements.add(new Judgement(item[0], max.subtract(withheld), departmentName + "在该项仍有不足："
                        + item[2] + "的要求未完全落实，已制定整改措施。", "《" + item[3] + "》"));
            }
        }
        return judgements;
    }
}
