// The overview as a user works with it, in Debian's Chromium driven by playwright-core (no downloaded browser).
// Run by local-stack's WorkbenchIT against a stack with the GZHPF 2023 demo loaded:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/overview.mjs
// Signs in as the department's editor, reads the score, has someone else change an actual through the REST API
// (a token of their own, through the same gateway), waits for the open overview to show the new score without a
// reload, runs axe-core at desktop and 390 px width, and prints what it saw as one JSON line for the IT to assert.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.WORKBENCH_URL;
const shots = process.env.SCREENSHOT_DIR;
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const DEPARTMENT = 'GZHPF';
const YEAR = 2023;
const INDICATOR = '当年广州住房公积金实缴人数';

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  console.log(JSON.stringify(await run()));
} finally {
  await browser.close();
}

async function run() {
  // bypassCSP only so axe-core's script can be injected; the app itself runs under the gateway's policy.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
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
  await changeActualAsSomeoneElse('520万人');
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

/** Serious and critical violations only: what the IT requires to be none. */
async function axe(page) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Another editor, in another session: signs in at the gateway and changes an actual through indicator-service's API. */
async function changeActualAsSomeoneElse(value) {
  const signIn = await fetch(base + '/auth/dev/sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'department-editor', department: DEPARTMENT }),
  });
  const headers = { Authorization: `Bearer ${(await signIn.json()).token}`, 'Content-Type': 'application/json' };
  const indicators = `${base}/services/indicator/api/v1/departments/${DEPARTMENT}/years/${YEAR}/indicators`;
  const list = await (await fetch(indicators + '?size=100', { headers })).json();
  const indicator = list.items.find((item) => item.name === INDICATOR);
  const put = await fetch(`${indicators}/${indicator.id}/actual`, { method: 'PUT', headers, body: JSON.stringify({ value }) });
  if (put.status !== 200) {
    throw new Error(`PUT actual answered ${put.status}: ${await put.text()}`);
  }
}
