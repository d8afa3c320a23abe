import { onBeforeUnmount, onMounted, ref, shallowRef } from 'vue';
import { scoringApi } from './clients';
import { asProblem, type Problem } from './problem';
import type { components } from './generated/scoring';

export type ScorecardDocument = components['schemas']['ScorecardDocument'];

/**
 * How often the open overview asks for the latest scorecard. Asking is cheap (an unchanged scorecard is a bodiless
 * 304), and a change someone else makes should be on screen within half a second of being scored.
 */
const POLL_INTERVAL_MS = 300;

/**
 * The latest scorecard of an evaluation, kept current while the screen is open: asked for every
 * {@link POLL_INTERVAL_MS} with If-None-Match naming the version on screen, so only a new version (ETag) sends and
 * replaces the document. Polling rather than server-sent events: no service has a streaming endpoint, and a 304 costs
 * one indexed read.
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
        headers: etag === null ? {} : { 'If-None-Match': etag },
      });
      if (response.status === 304) {
        problem.value = null;
      } else if (data) {
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
