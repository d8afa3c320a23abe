import type { Calendar, Verdict } from '../api/procurement';

/** One day of a verdict's period as the small calendar shows it. */
export interface PeriodDay {
  date: string;
  /** The day of the month; with the month on the first cell and on each 1st (10/1), so a month's turn shows. */
  day: string;
  working: boolean;
  marks: string[];
}

const DAY_MS = 86400000;
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Whether a date is a working day on this calendar: a weekday outside the holidays, or a weekend day worked instead
 * (调休). Without a calendar (another year), weekdays only.
 */
export function isWorkingDay(date: string, calendars: Calendar[]): boolean {
  const holidays = calendars.flatMap((calendar) => calendar.holidays ?? []);
  if (holidays.some((holiday) => (holiday.worked ?? []).includes(date))) {
    return true;
  }
  if (holidays.some((holiday) => holiday.offFrom && holiday.offTo && holiday.offFrom <= date && date <= holiday.offTo)) {
    return false;
  }
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The days from the earliest of the verdict's reference date, deadline and act to the latest (a deadline counts
 * forward from a signing, but back from the start of a procurement its intention must precede), at most 62 days so
 * a very late act does not draw months; each marked 基准 / 截止 / 实际 where it is one of them.
 */
export function periodOf(verdict: Verdict, calendars: Calendar[]): PeriodDay[] {
  const times = [verdict.referenceDate, verdict.deadline, verdict.actDate]
    .filter((date): date is string => !!date).map((date) => Date.parse(`${date}T00:00:00Z`));
  if (!times.length) {
    return [];
  }
  const start = Math.min(...times);
  const end = Math.min(Math.max(...times), start + 61 * DAY_MS);
  const days: PeriodDay[] = [];
  for (let time = start; time <= end; time += DAY_MS) {
    const date = iso(time);
    const marks = [
      date === verdict.referenceDate ? '基准' : '',
      date === verdict.deadline ? '截止' : '',
      date === verdict.actDate ? '实际' : '',
    ].filter(Boolean);
    const at = new Date(time);
    const day = time === start || at.getUTCDate() === 1 ? `${at.getUTCMonth() + 1}/${at.getUTCDate()}` : String(at.getUTCDate());
    days.push({ date, day, working: isWorkingDay(date, calendars), marks });
  }
  return days;
}
