import { asProblem, type Problem } from './problem';

/** What a screen gets from one service call: the answer, or the problem to show in its place. */
export type Outcome<T> = { data: T; problem: null } | { data: null; problem: Problem };

/** Awaits an openapi-fetch call and turns a refusal or a network failure into the problem the screen shows. */
export async function settle<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<Outcome<T>> {
  try {
    const { data, error, response } = await call;
    return data !== undefined ? { data, problem: null } : { data: null, problem: asProblem(error, response) };
  } catch (failure) {
    return { data: null, problem: asProblem(failure) };
  }
}
