/** How the seed report writes figures (report-service's Figures): points with as few digits as needed, amounts with 2. */

/** 46 → "46", 0.5 → "0.5", 49.54 → "49.54"; a missing value is "—". */
export function points(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(Number(value.toFixed(2)));
}

const AMOUNT = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 21443.8 → "21,443.80" (万元 as the seed prints them). */
export function amount(value: number): string {
  return AMOUNT.format(value);
}

/** 98.93 → "98.93%", 95.4 → "95.40%". */
export function percent(value: number): string {
  return `${value.toFixed(2)}%`;
}
