/** How the screens name the services' codes in zh-CN (the bureau's own words, as the seed report uses them). */

export const GRADES: Record<string, string> = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' };

/** The cycle's transitions as buttons and history rows name them. */
export const TRANSITIONS: Record<string, string> = {
  submit: '提交审核',
  return: '退回',
  approve: '审核通过',
  release: '公开',
  reopen: '重新打开',
};

export const SEVERITIES: Record<string, string> = { blocking: '阻断', warning: '提示' };

export const RECORD_TYPES: Record<string, string> = {
  indicator: '绩效指标',
  contract: '采购合同',
  fact: '预算执行数据',
  'budget-finding': 'ERP 对账',
  'narrative-section': '报告章节',
};

export const QUALITATIVE_GRADES: Record<string, string> = {
  ACHIEVED: '达成',
  PARTLY_ACHIEVED: '部分达成',
  NOT_ACHIEVED: '未达成',
};

export const REVIEW_STATUSES: Record<string, string> = {
  NOT_SELF_ASSESSED: '未自评',
  AWAITING_REVIEW: '待审核',
  CONFIRMED: '已确认',
  ADJUSTED: '已调整',
  CHANGED_SINCE_REVIEW: '审核后已修改',
};

/** The label of a code, or the code itself when the screens have no word for it yet. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  return code ? labels[code] ?? code : '—';
}

/** 2023-10-09T08:30:00Z → "2023/10/9 16:30:00" in the browser's zone. */
export function when(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleString('zh-CN') : '—';
}

/** The states as docs/yearly-cycle.md names them (the cycle document sends the current one's label itself). */
export const STATES: Record<string, string> = {
  DRAFT: '填报中', SUBMITTED: '已提交', RETURNED: '退回', APPROVED: '审核通过', RELEASED: '已公开',
};

/** An indicator's completion as 表1's 完成情况 column words it. */
export const COMPLETION_STATUSES: Record<string, string> = { MET: '已完成', NOT_MET: '未完成', MISSING: '未填报' };

/** budget-service's timeliness verdicts on contracts and intentions. */
export const TIMELINESS: Record<string, string> = { ON_TIME: '按时', LATE: '逾期办理', OVERDUE: '已逾期未办', PENDING: '期限未到' };
