import { budgetApi } from './clients';
import { settle } from './call';
import type { components } from './generated/budget';

export type BudgetSnapshot = components['schemas']['FactSnapshot'];
export type ExecutionPace = components['schemas']['ExecutionPace'];

/** One month's cumulative execution (spent by its end ÷ the budget in force then) and the share of the year gone. */
export interface MonthlyExecution { month: number; ratePercent: number; timePercent: number }

const evaluation = (dept: string, year: number) => ({ dept, year });

/** The budget facts scoring reads: the report's budget paragraph (summary) and the reconciliation findings. */
export function budgetSummary(dept: string, year: number) {
  return settle(budgetApi.GET('/api/v1/departments/{dept}/years/{year}/budget/summary', {
    params: { path: evaluation(dept, year) },
  }));
}

/** When the budget came into force and when it was spent, from which each month's execution follows. */
export function executionPace(dept: string, year: number) {
  return settle(budgetApi.GET('/api/v1/departments/{dept}/years/{year}/budget/pace', {
    params: { path: evaluation(dept, year) },
  }));
}

/**
 * Each month's cumulative execution against time progress (时间进度, month ÷ 12): what was spent by the month's end
 * over the budget in force at its end (appropriations from 1 January, adjustments from their dates), in percent.
 */
export function executionByMonth(pace: ExecutionPace, year: number): MonthlyExecution[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    const budget = pace.budgetChanges.filter((change) => !change.date || change.date <= end)
      .reduce((sum, change) => sum + (change.amount ?? 0), 0);
    const spent = pace.dailySpending.filter((day) => (day.date ?? '') <= end).reduce((sum, day) => sum + (day.amount ?? 0), 0);
    const ratePercent = budget > 0 ? Number(((spent / budget) * 100).toFixed(2)) : 0;
    return { month, ratePercent, timePercent: Number(((month / 12) * 100).toFixed(2)) };
  });
}
