import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue';
import { scoringApi } from './clients';
import { asProblem, type Problem } from './problem';
import type { components } from './generated/scoring';

export type ScorecardDocument = components['schemas']['ScorecardDocument'];

/** How often the open overview asks for the latest scorecard. */
export const POLL_INTERVAL_MS = 2000;

/**
 * The latest scorecard of an evaluation, kept current while the screen is open: it is fetched every 2 s and replaced
 * only when its ETag (the scorecard version) changed. Plain polling, because the scorecard endpoint sends an ETag but
 * does not answer If-None-Match with 304 yet; server-sent events would need a streaming endpoint no service has.
 */
export function useLiveScorecard(department: string, year: number) {
  const scorecard = shallowRef<ScorecardDocument | null>(null);
  const problem = ref<Problem | null>(null);
  const checkedAt = ref<Date | null>(null);
  let etag: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function refresh(): Promise<void> {
    try {
      const { data, error, response } = await scoringApi.GET('/api/v1/departments/{dept}/years/{year}/scorecard', {
        params: { path: { dept: department, year } },
      });
      if (data) {
        const tag = response.headers.get('ETag');
        if (tag === null || tag !== etag) {
          scorecard.value = data;
          etag = tag;
        }
        problem.value = null;
      } else {
        problem.value = asProblem(error, response);
      }
      checkedAt.value = new Date();
    } catch (failure) {
      problem.value = asProblem(failure);
    }
  }

  async function poll(): Promise<void> {
    await refresh();
    // A 401 or 403 will not heal by asking again; the screen offers to sign in instead.
    const denied = problem.value?.status === 401 || problem.value?.status === 403;
    if (!stopped && !denied) {
      timer = setTimeout(poll, POLL_INTERVAL_MS);
    }
  }

  onMounted(poll);
  onBeforeUnmount(() => {
    stopped = true;
    clearTimeout(timer);
  });
  return { scorecard, problem, checkedAt, refresh };
}
