// 绩效指标 as the department's editor works with it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT after cycle.mjs (the evaluation is returned, so its facts are writable again):
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/indicators.mjs
// The editor changes an actual in the table and sees its completion, the score above the table and the draft report
// change; enters a value the service refuses and sees the field error under the field, with the screen still usable
// (the next value is saved); downloads the table as XLSX. axe-core at desktop width and at 390 px. Prints what it
// saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { narrow, openTab, shoot, shots, signIn, text, withBrowser } from './common.mjs';

const INDICATOR = '当年广州住房公积金实缴人数';
const PATIENCE_MS = 60000;

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const page = await signIn(browser, '部门填报人员');
  await openTab(page, '绩效指标');
  await page.getByTestId('score-strip').waitFor();
  await page.getByLabel(`${INDICATOR} 完成指标值`).waitFor();
  const before = { total: await text(page, 'total'), completion: await completion(page) };
  await shoot(page, 'indicators', violations);

  await save(page, '520万人');
  await page.getByTestId('total').filter({ hasText: /^95\.49$/ }).waitFor({ timeout: PATIENCE_MS });
  const changed = { total: await text(page, 'total'), completion: await completion(page),
    dimensions: await page.$$eval('[data-testid^=dimension-]', (cells) => cells.map((cell) => cell.textContent.trim())) };
  await shoot(page, 'indicators-saved', violations);

  await save(page, '85%');
  const error = page.locator('[data-testid=indicators] tbody tr', { hasText: INDICATOR }).locator('.field-error');
  await error.waitFor();
  const refused = { error: (await error.textContent()).trim(), invalid: await field(page).getAttribute('aria-invalid'),
    typed: await field(page).inputValue(), total: await text(page, 'total') };
  await shoot(page, 'indicators-field-error', violations);
  const narrowWidth = await narrow(page, 'indicators-390', violations);

  await save(page, '531万人');
  await error.waitFor({ state: 'detached' });
  await page.getByTestId('total').filter({ hasText: /^95\.54$/ }).waitFor({ timeout: PATIENCE_MS });
  const recovered = { total: await text(page, 'total'), completion: await completion(page) };

  const download = await exportWorkbook(page);
  const draft = await draftShows(page, '531万人');
  return { before, changed, refused, recovered, download, draft, axe: violations, narrow: { indicators: narrowWidth } };
}

function field(page) {
  return page.getByLabel(`${INDICATOR} 完成指标值`);
}

/** Types a value into the actual's field and presses Enter, as an editor does. */
async function save(page, value) {
  await field(page).fill(value);
  if (await field(page).inputValue() !== value) {
    throw new Error(`the field holds '${await field(page).inputValue()}' after typing '${value}'`);
  }
  await field(page).press('Enter');
}

async function completion(page) {
  return (await page.locator('[data-testid=indicators] tbody tr', { hasText: INDICATOR })
    .locator('[data-testid^=completion-]').textContent()).trim();
}

async function exportWorkbook(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: (await stat(path)).size };
}

/** The draft report is composed from the newest scorecard report-service has received: asked again until it has it. */
async function draftShows(page, value) {
  await openTab(page, '自评报告');
  const deadline = Date.now() + PATIENCE_MS;
  await page.getByTestId('draft').waitFor();
  while (!(await page.getByTestId('draft').textContent()).includes(value)) {
    if (Date.now() > deadline) {
      throw new Error(`the draft never showed ${value}`);
    }
    await page.waitForTimeout(500);
    await page.getByTestId('refresh-draft').click();
  }
  const draft = await page.getByTestId('draft').textContent();
  return { shows: value, total: draft.includes('95.54'), before: draft.includes('900万人') };
}
