// 自评报告 (the report) as the department reads it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT last (it approves the evaluation twice):
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/report.mjs
// Two public versions are made as the cycle makes them, through the REST API: the editor submits and the bureau
// approves (version 1, 531万人), the bureau reopens, the editor changes the actual to 520万人, submits, and the bureau
// approves again (version 2). Then the editor opens the report: the draft preview, the two versions, the diff
// between them, and the draft downloaded as DOCX, PDF and Markdown. axe-core at desktop width and at 390 px.
// Prints what it saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { base, changeActualAsSomeoneElse, DEPARTMENT, headersOf, narrow, openTab, shoot, shots, signIn, withBrowser, YEAR } from './common.mjs';

const PATIENCE_MS = 120000;
const evaluation = `${base}/services/%s/api/v1/departments/${DEPARTMENT}/years/${YEAR}`;
const at = (service, path) => evaluation.replace('%s', service) + path;

mkdirSync(shots, { recursive: true });
await twoApprovals();
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const page = await signIn(browser, '部门填报人员');
  await openTab(page, '自评报告');
  await page.getByTestId('draft').waitFor();
  await page.locator('[data-testid=versions] tbody tr').nth(1).waitFor();
  const versions = await page.$$eval('[data-testid=versions] tbody tr', (rows) => rows.map((row) => row.textContent.trim()));
  await page.getByTestId('compare').click();
  await page.getByTestId('diff').waitFor();
  const diff = (await page.getByTestId('diff').textContent()).trim();
  const draft = (await page.getByTestId('draft').textContent()).includes('520万人');
  const downloads = {};
  for (const ext of ['docx', 'pdf', 'md']) {
    downloads[ext] = await download(page, ext);
  }
  await shoot(page, 'report', violations);
  const narrowWidth = await narrow(page, 'report-390', violations);
  return { versions, diff, draft, downloads, axe: violations, narrow: { report: narrowWidth } };
}

/** A draft download: its name, size and first bytes (PK for a DOCX, %PDF for a PDF, the title for Markdown). */
async function download(page, ext) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`download-${ext}`).click()]);
  const content = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes: content.length, head: content.subarray(0, 4).toString('latin1') };
}

async function twoApprovals() {
  const editor = await headersOf('department-editor');
  const reviewer = await headersOf('bureau-reviewer');
  await until(() => post(editor, 'cycle/submission', {}), 'the first submission');
  await until(() => post(reviewer, 'cycle/approval', {}), 'the first approval');
  await until(() => published(editor, 1), 'version 1');
  await until(() => post(reviewer, 'cycle/reopening', { reason: '复核：实缴人数以年报为准' }), 'the reopening');
  await until(() => changeActualAsSomeoneElse('当年广州住房公积金实缴人数', '520万人').then(() => true, () => false), 'the change');
  // The approval publishes the scorecard the submission pinned: it must be the one with the change.
  await until(() => scored(editor, 95.49), 'the change scored');
  await until(() => post(editor, 'cycle/submission', {}), 'the second submission');
  await until(() => post(reviewer, 'cycle/approval', {}), 'the second approval');
  await until(() => published(editor, 2), 'version 2');
}

/** A transition; a 409 (the last change not scored yet, or the state not arrived yet) is false, to be asked again. */
async function post(headers, path, body) {
  const answer = await fetch(at('scoring', '/' + path), { method: 'POST', headers, body: JSON.stringify(body) });
  if (answer.status !== 200 && answer.status !== 409) {
    throw new Error(`${path} answered ${answer.status}: ${await answer.text()}`);
  }
  return answer.status === 200;
}

async function scored(headers, total) {
  const answer = await fetch(at('scoring', '/scorecard'), { headers });
  return answer.ok && (await answer.json()).total === total;
}

async function published(headers, count) {
  const answer = await fetch(at('report', '/report/versions'), { headers });
  return answer.ok && (await answer.json()).length >= count;
}

async function until(attempt, what) {
  const deadline = Date.now() + PATIENCE_MS;
  while (!(await attempt())) {
    if (Date.now() > deadline) {
      const state = await (await fetch(at('scoring', '/cycle'), { headers: await headersOf('bureau-reviewer') })).text();
      throw new Error(`${what} did not happen in ${PATIENCE_MS} ms; the cycle: ${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
