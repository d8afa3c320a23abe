import { scoringApi } from './clients';
import { settle } from './call';
import type { components } from './generated/scoring';

export type Round = components['schemas']['MonitoringRound'];
export type RoundSummary = components['schemas']['MonitoringRoundSummary'];
export type IndicatorLight = NonNullable<Round['indicators']>[number];
export type ProjectPace = NonNullable<NonNullable<Round['budgetPace']>['projects']>[number];
export type Task = components['schemas']['RectificationTask'];
export type NewTask = components['schemas']['OpenRectificationTaskRequest'];

/** The tasks of one evaluation: a department has a handful a year; one page of the service's largest size holds them. */
const ALL_TASKS = 500;

const evaluation = (dept: string, year: number) => ({ dept, year });

/** The evaluation's monitoring rounds (双监控), newest first. */
export function listRounds(dept: string, year: number) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/monitoring/rounds', {
    params: { path: evaluation(dept, year) },
  }));
}

/** One round as scoring-service computed it last: time progress, budget pace, each indicator's light, what is missing. */
export function readRound(dept: string, year: number, asOf: string) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/monitoring/rounds/{asOf}', {
    params: { path: { ...evaluation(dept, year), asOf } },
  }));
}

/** A new round as of a date of the year (the department's editor or the bureau's reviewer). */
export function openRound(dept: string, year: number, asOf: string) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/monitoring/rounds', {
    params: { path: evaluation(dept, year) }, body: { asOf },
  }));
}

/** The evaluation's rectification tasks (整改), oldest first, open and closed. */
export function listTasks(dept: string, year: number) {
  return settle(scoringApi.GET('/api/v1/departments/{dept}/years/{year}/rectification/tasks', {
    params: { path: evaluation(dept, year), query: { size: String(ALL_TASKS) } },
  }));
}

/** A task for a red light of a round (or a report problem): 目标、措施、责任人、时限. */
export function openTask(dept: string, year: number, task: NewTask) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/rectification/tasks', {
    params: { path: evaluation(dept, year) }, body: task,
  }));
}

/** Closes a task with what was done (the department's editor); a closed task stays closed. */
export function closeTask(dept: string, year: number, id: number, evidence: string) {
  return settle(scoringApi.POST('/api/v1/departments/{dept}/years/{year}/rectification/tasks/{id}/closure', {
    params: { path: { ...evaluation(dept, year), id } }, body: { evidence },
  }));
}
