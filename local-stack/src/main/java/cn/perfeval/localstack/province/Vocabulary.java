package cn.perfeval.localstack.province;

import java.util.List;

/** The words generated departments are made of: places, kinds of agency, projects, purchases. */
final class Vocabulary {

    /** Guangdong's 21 prefecture-level cities. */
    static final List<String> CITIES = List.of("广州市", "深圳市", "珠海市", "汕头市", "佛山市", "韶关市", "河源市", "梅州市",
            "惠州市", "汕尾市", "东莞市", "中山市", "江门市", "阳江市", "湛江市", "茂名市", "肇庆市", "清远市", "潮州市", "揭阳市",
            "云浮市");

    /** Kinds of agency, each with its 部门职能 in a sentence. */
    static final List<Agency> AGENCIES = List.of(
            new Agency("住房公积金管理中心", "负责住房公积金的归集、使用、核算和管理"),
            new Agency("财政局", "负责本级财政预算编制、执行和财政收支管理"),
            new Agency("教育局", "负责本地区各级各类教育的统筹规划和管理"),
            new Agency("卫生健康委员会", "负责本地区卫生健康事业发展规划和公共卫生管理"),
            new Agency("民政局", "负责社会救助、养老服务、社会组织登记和管理"),
            new Agency("人力资源和社会保障局", "负责就业促进、社会保险和人事人才管理"),
            new Agency("自然资源局", "负责自然资源调查监测、国土空间规划和用途管制"),
            new Agency("生态环境局", "负责生态环境监督管理和污染防治"),
            new Agency("住房和城乡建设局", "负责住房保障、城乡建设和建筑市场监管"),
            new Agency("交通运输局", "负责公路、水路交通运输行业管理"),
            new Agency("水务局", "负责水资源管理、防洪排涝和供排水监管"),
            new Agency("农业农村局", "负责农业农村发展规划和乡村振兴工作"),
            new Agency("商务局", "负责内外贸易、招商引资和市场运行调节"),
            new Agency("文化广电旅游局", "负责文化事业、广播电视和旅游业发展"),
            new Agency("市场监督管理局", "负责市场主体登记、质量安全和市场秩序监管"),
            new Agency("应急管理局", "负责应急管理、安全生产和防灾减灾救灾"),
            new Agency("司法局", "负责法治建设、公共法律服务和人民调解"),
            new Agency("统计局", "负责统计调查、统计数据发布和统计监督"),
            new Agency("档案馆", "负责档案收集、保管、利用和数字化"),
            new Agency("图书馆", "负责文献收藏、公共阅读服务和全民阅读推广"),
            new Agency("疾病预防控制中心", "负责传染病防控、免疫规划和公共卫生监测"),
            new Agency("政务服务数据管理局", "负责政务服务、数字政府建设和政务数据管理"),
            new Agency("退役军人事务局", "负责退役军人服务保障和优抚安置"),
            new Agency("林业局", "负责林业资源保护、森林防火和自然保护地管理"),
            new Agency("医疗保障局", "负责医疗保险、生育保险和医疗救助管理"));

    static final List<String> PROJECTS = List.of("信息系统运维服务", "业务用房物业管理费", "办公、业务用房租赁经费", "档案数字化加工",
            "业务大厅安保服务", "法律顾问服务", "新媒体宣传推广", "热线服务", "专项工作经费", "业务场地改造项目", "购置经费",
            "网络线路租赁", "数据中心扩容", "专项检查经费", "人员培训经费", "政务服务能力提升", "宣传教育经费", "课题研究经费",
            "应急物资储备", "设备维护保养");

    static final List<String> PURCHASES = List.of("业务系统运维服务", "办公设备采购", "档案数字化服务", "物业管理服务",
            "安保服务", "网络安全等级保护测评", "软件开发服务", "车辆维修保养", "印刷服务", "审计服务", "法律咨询服务",
            "宣传推广服务", "培训服务", "数据中心设备采购", "会议服务");

    private Vocabulary() {
    }

    /** A kind of agency and what it does (its 部门职能). */
    record Agency(String name, String functions) {
    }
}
