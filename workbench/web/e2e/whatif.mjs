// 模拟测算 (what-if) as the department's editor uses it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT after indicators.mjs (the indicator's actual is 531万人 against 530万人):
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/whatif.mjs
// The editor types a value in the wrong unit (265万笔) and sees indicator-service's error under the field; then half
// the target as the table writes it (265万人), runs the what-if and sees the score it would give and the item that
// moves; then the overview shows the stored score unchanged (nothing was stored). axe-core at desktop width and at
// 390 px. Prints what it saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { narrow, openTab, shoot, shots, signIn, text, withBrowser } from './common.mjs';

const INDICATOR = '当年广州住房公积金实缴人数';

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const page = await signIn(browser, '部门填报人员');
  await page.getByTestId('total').waitFor();
  const stored = { total: await text(page, 'total'), version: await versionShown(page) };

  await openTab(page, '模拟测算');
  const input = page.getByLabel(`${INDICATOR} 假设完成值`);
  await input.waitFor();
  const typedBefore = await input.inputValue();
  await input.fill('265万笔');
  await page.getByTestId('run-what-if').click();
  const fieldError = page.locator('.field-error');
  await fieldError.waitFor();
  const refused = { fieldError: await fieldError.textContent(), invalid: await input.getAttribute('aria-invalid') };
  await shoot(page, 'what-if-field-error', violations);

  await input.fill('265万人');
  await page.getByTestId('run-what-if').click();
  // the refusal above stays on screen until this answer arrives, so wait for the result itself
  try {
    await page.getByTestId('what-if-result').waitFor({ timeout: 30_000 });
  } catch (e) {
    throw new Error('the what-if was refused: ' + (await page.getByRole('alert').first().textContent()));
  }
  const result = {
    typedBefore,
    refused,
    total: await text(page, 'simulated-total'),
    current: await text(page, 'current-total'),
    delta: await text(page, 'simulated-delta'),
    moved: await page.$$eval('[data-testid=moved-items] tbody tr', (rows) => rows.map((row) => row.textContent.trim())),
  };
  await shoot(page, 'what-if', violations);
  const narrowWidth = await narrow(page, 'what-if-390', violations);

  await openTab(page, '评分概览');
  await page.getByTestId('total').waitFor();
  const after = { total: await text(page, 'total'), version: await versionShown(page) };
  return { stored, result, after, axe: violations, narrow: { whatIf: narrowWidth } };
}

/** The overview's line "第 N 版评分": a stored what-if would have made a new version. */
async function versionShown(page) {
  return /第 (\d+) 版评分/.exec(await page.locator('main').textContent())?.[1] ?? null;
}
