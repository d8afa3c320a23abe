// The overview as a user works with it, in Debian's Chromium driven by playwright-core (no downloaded browser).
// Run by local-stack's WorkbenchIT against a stack with the GZHPF 2023 demo loaded:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/overview.mjs
// Signs in as the department's editor, reads the score, has someone else change an actual through the REST API
// (a token of their own, through the same gateway), waits for the open overview to show the new score without a
// reload, runs axe-core at desktop and 390 px width, and prints what it saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axe, base, changeActualAsSomeoneElse, DEPARTMENT, newPage, shots, withBrowser } from './common.mjs';

const INDICATOR = '当年广州住房公积金实缴人数';

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const page = await newPage(browser);
  let navigations = 0;
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations += 1; });

  await page.goto(base + '/');
  await page.getByLabel('部门代码').fill(DEPARTMENT);
  await page.getByRole('radio', { name: '部门填报人员' }).check();
  await page.screenshot({ path: join(shots, 'workbench-sign-in.png'), fullPage: true });
  const signInAxe = await axe(page);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('total').waitFor();
  const before = await figures(page);
  await page.screenshot({ path: join(shots, 'workbench-overview.png'), fullPage: true });
  const overviewAxe = await axe(page);

  const navigationsBefore = navigations;
  const started = Date.now();
  await changeActualAsSomeoneElse(INDICATOR, '520万人');
  await page.waitForFunction((total) => document.querySelector('[data-testid=total]')?.textContent !== total,
    before.total, { timeout: 60000 });
  const updateMillis = Date.now() - started;
  const after = await figures(page);
  await page.screenshot({ path: join(shots, 'workbench-overview-updated.png'), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const narrow = await page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    totalVisible: !!document.querySelector('[data-testid=total]')?.getClientRects().length,
  }));
  await page.screenshot({ path: join(shots, 'workbench-overview-390.png'), fullPage: true });
  const narrowAxe = await axe(page);
  return {
    before, after, updateMillis, reloads: navigations - navigationsBefore, narrow,
    axe: { signIn: signInAxe, overview: overviewAxe, overview390: narrowAxe },
  };
}

async function figures(page) {
  const text = async (id) => (await page.getByTestId(id).textContent()).trim();
  return {
    total: await text('total'),
    grade: await text('grade'),
    dimensions: await page.$$eval('[data-testid^=dimension-]', (cells) => cells.map((cell) => cell.textContent.trim())),
    outputIndicators: await text('item-output-indicators'),
    items: await page.$$eval('[data-testid=items] tbody tr', (rows) => rows.length),
  };
}
