/** The score bands the bureau's chart counts departments in: below 60, then every 10 points up to 100. */
export const SCORE_BANDS = [
  { label: '60以下', from: 0, to: 60 },
  { label: '60–70', from: 60, to: 70 },
  { label: '70–80', from: 70, to: 80 },
  { label: '80–90', from: 80, to: 90 },
  { label: '90–100', from: 90, to: 100.0001 },
] as const;

/** How many totals fall in each band (a band holds its lower end, not its upper one; 100 is in the last band). */
export function countByBand(totals: number[]): number[] {
  return SCORE_BANDS.map((band) => totals.filter((total) => total >= band.from && total < band.to).length);
}
