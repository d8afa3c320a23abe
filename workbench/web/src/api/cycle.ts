import { scoringApi } from './clients';
import { settle } from './call';
import type { components } from './generated/scoring';

export type Cycle = components['schemas']['Cycle'];
export type Validation = components['schemas']['Validation'];
export type Finding = components['schemas']['ValidationFinding'];

/** The transitions a person makes from a screen (release is report-service's), and which of them need a reason. */
export type PersonTransition = 'submit' | 'return' | 'approve' | 'reopen';
export const REASON_REQUIRED: ReadonlySet<string> = new Set(['return', 'reopen']);

const evaluation = (dept: string, year: number) => ({ params: { path: { dept, year } } });

export function readCycle(dept: string, year: number) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/cycle', evaluation(dept, year)));
}

export function readValidation(dept: string, year: number) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/validation', evaluation(dept, year)));
}

/** One transition; the reason is the required `reason` of return and reopen, the optional `note` of the others. */
export function transition(dept: string, year: number, move: PersonTransition, reason: string) {
  const path = evaluation(dept, year);
  const note = reason ? { note: reason } : {};
  switch (move) {
    case 'submit':
      return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/cycle/submission', { ...path, body: note }));
    case 'approve':
      return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/cycle/approval', { ...path, body: note }));
    case 'return':
      return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/cycle/return', { ...path, body: { reason } }));
    case 'reopen':
      return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/cycle/reopening', { ...path, body: { reason } }));
  }
}

export function explainWarning(dept: string, year: number, finding: Finding, text: string) {
  return settle(scoringApi.PUT('/api/v1/departments/{dept}/years/{year}/validation/explanations', {
    ...evaluation(dept, year),
    body: { ruleId: finding.ruleId ?? '', record: { type: finding.record?.type ?? '', id: finding.record?.id ?? '' }, text },
  }));
}
