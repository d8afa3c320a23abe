import { scoringApi } from './clients';
import { settle } from './call';
import type { components } from './generated/scoring';

export type SimulatedScorecard = components['schemas']['Scorecard'];
export type SimulationRequest = components['schemas']['SimulationRequest'];

/**
 * What-if: the scorecard these overrides would give, computed by scoring-service and stored nowhere. Actuals go as
 * written (`actualsAsWritten`: 265万人), read by indicator-service exactly as saving them would be, so the screen
 * needs no grammar of values and units of its own.
 */
export function simulate(dept: string, year: number, request: SimulationRequest) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/scorecard/simulations', {
    params: { path: { dept, year } },
    body: request,
  }));
}
