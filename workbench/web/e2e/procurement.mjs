// 采购时效 as the department reads it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT against the stack with the GZHPF 2023 demo:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/procurement.mjs
// Every contract's and intention's verdict with its explanation and its period on the working-day calendar.
// axe-core at desktop width and at 390 px. Prints what it saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { narrow, openTab, shoot, shots, signIn, withBrowser } from './common.mjs';

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const page = await signIn(browser, '部门填报人员');
  await openTab(page, '采购时效');
  await page.locator('[data-testid=verdicts] tbody tr').first().waitFor();
  const seen = {
    verdicts: await page.$$eval('[data-testid=verdict]', (cells) => cells.map((cell) => cell.textContent.trim())),
    rows: await page.$$eval('[data-testid=verdicts] tbody tr', (rows) => rows.map((row) => row.textContent.replace(/\s+/g, ' ').trim())),
    periods: await page.locator('[data-testid=period]').count(),
    offDays: await page.locator('[data-testid=period] li.off').count(),
    deadlines: await page.locator('[data-testid=period] li.deadline').count(),
  };
  await shoot(page, 'procurement', violations);
  const narrowWidth = await narrow(page, 'procurement-390', violations);
  return { ...seen, axe: violations, narrow: { procurement: narrowWidth } };
}
