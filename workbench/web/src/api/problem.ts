import type { components } from './generated/scoring';

/** The services' RFC 9457 problem document, as scoring-service's OpenAPI document describes it. */
export type Problem = components['schemas']['Problem'];

/** What a screen shows when a call fails: the problem the service sent, or one made from what the browser saw. */
export function asProblem(error: unknown, response?: Response): Problem {
  if (error && typeof error === 'object' && 'status' in error && 'title' in error) {
    return error as Problem;
  }
  const status = response?.status ?? 0;
  return {
    title: status ? `请求失败（HTTP ${status}）` : '无法连接服务',
    status,
    detail: error instanceof Error ? error.message : response?.statusText || '请稍后重试',
  } as Problem;
}
