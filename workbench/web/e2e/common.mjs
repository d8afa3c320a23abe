// What the browser scripts share: the browser, axe-core, and another editor's change through the REST API.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const base = process.env.WORKBENCH_URL;
export const shots = process.env.SCREENSHOT_DIR;
export const DEPARTMENT = 'GZHPF';
export const YEAR = 2023;
const browserPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's Chromium (no downloaded browser), runs the script and prints what it saw as one JSON line. */
export async function withBrowser(run) {
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    console.log(JSON.stringify(await run(browser)));
  } catch (failure) {
    await whatTheBrowserShowed(browser);
    throw failure;
  } finally {
    await browser.close();
  }
}

/** When a script fails: each page's errors, its alerts and a screenshot (workbench-failed-N.png), for the IT's log. */
async function whatTheBrowserShowed(browser) {
  const pages = browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const alerts = await page.locator('[role=alert]').allTextContents().catch(() => []);
    console.error(`page ${index} ${page.url()}: errors ${JSON.stringify(page.errors ?? [])}, alerts ${JSON.stringify(alerts)}`);
    await page.screenshot({ path: join(shots, `workbench-failed-${index}.png`), fullPage: true }).catch(() => {});
  }
}

/** A new session at desktop size; bypassCSP only so axe-core's script can be injected (the app runs under the gateway's policy). */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
  return page;
}

/** Serious and critical violations only: what the IT requires to be none. */
export async function axe(page) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Another editor, in another session: signs in at the gateway and changes an actual through indicator-service's API. */
export async function changeActualAsSomeoneElse(indicatorName, value) {
  const headers = await headersOf('department-editor');
  const indicators = `${base}/services/indicator/api/v1/departments/${DEPARTMENT}/years/${YEAR}/indicators`;
  const list = await (await fetch(indicators + '?size=100', { headers })).json();
  const indicator = list.items.find((item) => item.name === indicatorName);
  const put = await fetch(`${indicators}/${indicator.id}/actual`, { method: 'PUT', headers, body: JSON.stringify({ value }) });
  if (put.status !== 200) {
    throw new Error(`PUT actual answered ${put.status}: ${await put.text()}`);
  }
}

/** The headers of a REST call by someone with this role, signed in at the gateway's development issuer. */
export async function headersOf(role) {
  const signIn = await fetch(base + '/auth/dev/sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, department: DEPARTMENT }),
  });
  return { Authorization: `Bearer ${(await signIn.json()).token}`, 'Content-Type': 'application/json' };
}

/** A fresh session (its own sessionStorage) signed in with the given role. */
export async function signIn(browser, role) {
  const page = await newPage(browser);
  await page.goto(base + '/');
  await page.getByLabel('部门代码').fill(DEPARTMENT);
  // Element Plus draws its own circle over the native radio, so the check goes to the radio itself.
  await page.getByRole('radio', { name: role }).check({ force: true });
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation').waitFor();
  return page;
}

export async function openTab(page, name) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

export async function text(page, id) {
  return (await page.getByTestId(id).first().textContent()).trim();
}

/** A full-page screenshot and the serious or critical axe-core violations of what it shows. */
export async function shoot(page, name, violations) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, `workbench-${name}.png`), fullPage: true });
  violations[name] = await axe(page);
}

/** The screen at a phone's 390 px: its screenshot, axe-core, and how wide the page became. */
export async function narrow(page, name, violations) {
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, name, violations);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1280, height: 900 });
  await settledLayout(page);
  return width;
}

/**
 * Waits until the page has laid itself out again for the restored width: the narrow-screen query has flipped back
 * and two frames have passed, so the tables that render other columns on a phone are re-rendered. A field filled
 * before that would be replaced, with what was typed, by the re-rendered one.
 */
async function settledLayout(page) {
  await page.waitForFunction(() => !window.matchMedia('(max-width: 600px)').matches);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
