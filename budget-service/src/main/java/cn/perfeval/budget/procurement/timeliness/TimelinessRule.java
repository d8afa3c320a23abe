package cn.perfeval.budget.procurement.timeliness;

/**
 * The three procurement deadlines the scheme checks, each with its legal basis and the names of the
 * two dates a verdict compares (the reference date the period runs from, and the date of the act), as API fields
 * and in the words a verdict's sentence uses.
 */
public enum TimelinessRule {

    CONTRACT_SIGNING("采购合同签订时效性", "《政府采购法》第四十六条",
            "合同应自中标、成交通知书发出之日起30日内签订（期间按《民法典》第二百零一至二百零三条计算）",
            "awardNoticeIssuedOn", "signedOn", "中标、成交通知书发出", "合同签订"),

    CONTRACT_FILING("合同备案时效性", "《政府采购法实施条例》第五十条",
            "合同应自签订之日起2个工作日内在省级政府采购网公告（工作日按国务院节假日安排）",
            "signedOn", "filedOn", "合同签订", "合同备案公告"),

    INTENTION_DISCLOSURE("采购意向公开时限", "财库〔2020〕10号",
            "采购意向原则上不得晚于采购活动开始前30日公开（开始当日不计入；不顺延）",
            "procurementStartsOn", "disclosedOn", "采购活动开始", "采购意向公开");

    private final String title;
    private final String legalBasis;
    private final String requirement;
    private final String referenceDateField;
    private final String actDateField;
    private final String referenceEvent;
    private final String act;

    TimelinessRule(String title, String legalBasis, String requirement, String referenceDateField, String actDateField,
            String referenceEvent, String act) {
        this.title = title;
        this.legalBasis = legalBasis;
        this.requirement = requirement;
        this.referenceDateField = referenceDateField;
        this.actDateField = actDateField;
        this.referenceEvent = referenceEvent;
        this.act = act;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String requirement() {
        return requirement;
    }

    public String referenceDateField() {
        return referenceDateField;
    }

    public String actDateField() {
        return actDateField;
    }

    /** What happened on the reference date, as a verdict's sentence says it (e.g. 中标、成交通知书发出). */
    public String referenceEvent() {
        return referenceEvent;
    }

    /** The act the deadline is for, as a verdict's sentence says it (e.g. 合同签订). */
    public String act() {
        return act;
    }
}
