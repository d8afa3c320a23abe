// 预算执行 as the department reads it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT against the stack with the GZHPF 2023 demo:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/budget.mjs
// The budget figures in 万元, the monthly execution against time progress as a chart (its figures in the chart's
// aria-label), and the reconciliation findings. axe-core at desktop width and at 390 px. Prints what it saw as one
// JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { narrow, openTab, shoot, shots, signIn, withBrowser } from './common.mjs';

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const page = await signIn(browser, '部门填报人员');
  await openTab(page, '预算执行');
  await page.getByTestId('budget-figures').waitFor();
  await page.getByTestId('execution-chart').waitFor();
  await page.getByTestId('budget-findings').waitFor();
  const seen = {
    figures: await page.$$eval('[data-testid=budget-figures] div', (cells) => cells.map((cell) => cell.textContent.trim())),
    chart: await page.getByTestId('execution-chart').getAttribute('aria-label'),
    canvas: await page.locator('[data-testid=execution-chart] canvas').count(),
    findings: await page.$$eval('[data-testid=budget-findings] tbody tr', (rows) => rows.map((row) => row.textContent.trim())),
  };
  await shoot(page, 'budget', violations);
  const narrowWidth = await narrow(page, 'budget-390', violations);
  return { ...seen, axe: violations, narrow: { budget: narrowWidth } };
}
