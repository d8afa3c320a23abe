/** How the monitoring screen words a round's lights (docs/monitoring.md) in zh-CN. */

export const LIGHTS: Record<string, string> = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯', NONE: '无法判断' };

export const TASK_STATES: Record<string, string> = { OPEN: '整改中', CLOSED: '已完成' };

export const ROUND_STATES: Record<string, string> = { OPEN: '监控中', CLOSED: '已关闭' };

export const MISSING_INPUTS: Record<string, string> = {
  budget: '预算', spending: '支出', progress: '进度值', judgement: '部门判断',
};

/** The thresholds a light was judged by: more than `yellow` points behind is yellow, more than `red` red. */
export interface Tolerance { yellow: number | null | undefined; red: number | null | undefined }

/** What a light judges: how far behind the expected figure it is, and the department's own judgement if any. */
export interface Judged {
  light?: string | null; behindPoints?: number | null; judgement?: string | null; judgementLabel?: string | null;
}

/**
 * Why a light has its colour, in the order the computation decides it: no figure (a missing input), the department
 * saying it cannot be met, the points behind against the thresholds, then "may be met" turning a green yellow.
 */
export function lightReason(judged: Judged, tolerance: Tolerance): string {
  if (judged.judgement === 'CANNOT_MEET') {
    return '部门判断不能完成';
  }
  const behind = judged.behindPoints;
  if (behind === null || behind === undefined) {
    return judged.light === 'NONE' || !judged.judgementLabel ? '缺少数据，无法计算进度' : `部门判断${judged.judgementLabel}`;
  }
  const reasons = [behind > 0 ? `落后预期进度 ${behind.toFixed(2)} 个百分点` : '达到预期进度'];
  if (judged.light === 'RED' && tolerance.red !== null && tolerance.red !== undefined) {
    reasons.push(`超过红灯阈值 ${tolerance.red.toFixed(2)}`);
  } else if (judged.light === 'YELLOW' && judged.judgement === 'MAY_MEET' && behind <= (tolerance.yellow ?? 0)) {
    reasons.push('部门判断可能完成');
  } else if (judged.light === 'YELLOW' && tolerance.yellow !== null && tolerance.yellow !== undefined) {
    reasons.push(`超过黄灯阈值 ${tolerance.yellow.toFixed(2)}`);
  }
  return reasons.join('，');
}

/** A figure of a round in percent, or a dash where the round could not compute it. */
export function percentOrDash(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)}%`;
}
