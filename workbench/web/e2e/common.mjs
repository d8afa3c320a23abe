// What the browser scripts share: the browser, axe-core, and another editor's change through the REST API.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

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
  } finally {
    await browser.close();
  }
}

/** A new session at desktop size; bypassCSP only so axe-core's script can be injected (the app runs under the gateway's policy). */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  return context.newPage();
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
  const signIn = await fetch(base + '/auth/dev/sign-in', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'department-editor', department: DEPARTMENT }),
  });
  const headers = { Authorization: `Bearer ${(await signIn.json()).token}`, 'Content-Type': 'application/json' };
  const indicators = `${base}/services/indicator/api/v1/departments/${DEPARTMENT}/years/${YEAR}/indicators`;
  const list = await (await fetch(indicators + '?size=100', { headers })).json();
  const indicator = list.items.find((item) => item.name === indicatorName);
  const put = await fetch(`${indicators}/${indicator.id}/actual`, { method: 'PUT', headers, body: JSON.stringify({ value }) });
  if (put.status !== 200) {
    throw new Error(`PUT actual answered ${put.status}: ${await put.text()}`);
  }
}
