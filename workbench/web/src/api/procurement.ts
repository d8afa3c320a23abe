import { budgetApi } from './clients';
import { settle } from './call';
import type { components } from './generated/budget';

export type Verdict = components['schemas']['TimelinessVerdict'];
export type Calendar = components['schemas']['WorkingDayCalendar'];

/** Every timeliness verdict of the year's contracts and intentions (a department has dozens, not hundreds). */
export function verdicts(dept: string, year: number) {
  return settle(budgetApi.GET('/api/v1/departments/{dept}/years/{year}/procurement/verdicts', {
    params: { path: { dept, year }, query: { size: 500 } },
  }));
}

/** The working-day calendar of a year: the State Council's holidays and the weekend days worked instead. */
export function calendar(year: number) {
  return settle(budgetApi.GET('/api/v1/calendars/{year}', { params: { path: { year } } }));
}
