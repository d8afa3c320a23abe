import { scoringApi } from './clients';
import { settle } from './call';
import type { components } from './generated/scoring';
import type { Indicator } from './indicators';

export type SimulatedScorecard = components['schemas']['Scorecard'];
export type SimulationRequest = components['schemas']['SimulationRequest'];

/** What-if: the scorecard these overrides would give, computed by scoring-service and stored nowhere. */
export function simulate(dept: string, year: number, request: SimulationRequest) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/scorecard/simulations', {
    params: { path: { dept, year } },
    body: request,
  }));
}

/**
 * How an indicator's figures are written, so a what-if value can be typed as the table writes it (534.89 万人) and
 * sent as the service wants it, in the base unit (5348900): the written number, what follows it, and the power of
 * ten between the written and the base value, read from the indicator's own actual (or its target).
 */
export interface WrittenScale { number: number | null; suffix: string; factor: number }

export function writtenScale(indicator: Indicator): WrittenScale | null {
  const shown = indicator.actual?.value != null ? indicator.actual : indicator.annualTarget;
  const match = /(\d+(?:\.\d+)?)(.*)$/.exec(shown?.text ?? '');
  if (!match || shown?.value == null || Number(match[1]) === 0) {
    return null;
  }
  const number = Number(match[1]);
  const factor = 10 ** Math.round(Math.log10(shown.value / number));
  return { number: indicator.actual?.value != null ? number : null, suffix: (match[2] ?? '').trim(), factor };
}
