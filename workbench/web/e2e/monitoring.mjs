// 双监控 as the bureau's reviewer and the department's editor work with it, in Debian's Chromium (playwright-core).
// Run by local-stack's WorkbenchIT against the stack with the GZHPF 2023 demo and its July round:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/monitoring.mjs
// The reviewer reads the July round (each light and why, the department's explanations), is refused a round outside
// the year at the date's field, turns the red indicator into a rectification task (a due date before the round
// refused at its field first); the editor sees the task, closes it with evidence, and opens a January round, which
// names the inputs it lacks. axe-core at desktop width and at 390 px. Prints what it saw as one JSON line.
import { mkdirSync } from 'node:fs';
import { base, DEPARTMENT, narrow, openTab, shoot, shots, signIn, text, withBrowser, YEAR } from './common.mjs';

const RED_INDICATOR = '年度住房公积金贷款发放笔数';
const EARLY_ROUND = `${YEAR}-01-15`;

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  const reviewer = await signIn(browser, '财政局审核人员');
  await reviewer.goto(`${base}/#/evaluations/${DEPARTMENT}/${YEAR}/monitoring`);
  await reviewer.getByTestId('indicator-lights').waitFor();
  const round = await roundSeen(reviewer);
  await shoot(reviewer, 'monitoring', violations);
  const outsideYear = await openRound(reviewer, `${YEAR + 1}-01-31`, 'as-of-error');
  const task = await rectify(reviewer, violations);
  const narrowWidth = await narrow(reviewer, 'monitoring-390', violations);

  const editor = await signIn(browser, '部门填报人员');
  await openTab(editor, '双监控');
  const closed = await closeTask(editor);
  const early = await openRound(editor, EARLY_ROUND, 'round-meta');
  await editor.getByTestId('missing-inputs').filter({ hasText: '进度值' }).waitFor();
  const missing = await editor.$$eval('[data-testid=missing-inputs] li', (items) => items.map((item) => item.textContent.trim()));
  await shoot(editor, 'monitoring-editor', violations);
  return { round, outsideYear, task, closed, early, missing, axe: violations, narrow: { monitoring: narrowWidth } };
}

async function roundSeen(page) {
  const rows = (id) => page.$$eval(`[data-testid=${id}] tbody tr`, (trs) => trs.map((tr) => tr.textContent.trim()));
  return { meta: await text(page, 'round-meta'), counts: await text(page, 'light-counts'),
    indicators: await rows('indicator-lights'), pace: await rows('pace'), missing: await text(page, 'missing-inputs') };
}

/** Types a date into 新建监控 and starts it; answers the text of what then shows (the field's error, or the round). */
async function openRound(page, asOf, shows) {
  const form = page.getByTestId('open-round');
  await form.locator('input[type=date]').fill(asOf);
  await form.getByRole('button', { name: '开始监控' }).click();
  const seen = page.getByTestId(shows);
  await seen.filter({ hasText: shows === 'round-meta' ? asOf : /./ }).waitFor();
  return (await seen.textContent()).trim();
}

/** 立为整改 on the red indicator: a due date before the round first (refused at its field), then a good one. */
async function rectify(page, violations) {
  await page.locator('[data-testid=indicator-lights] tbody tr', { hasText: RED_INDICATOR }).getByTestId('rectify').click();
  const form = page.getByTestId('rectification-form');
  const prefilled = await form.getByRole('textbox', { name: '存在问题' }).inputValue();
  await form.getByRole('textbox', { name: '整改目标' }).fill('年底前贷款发放笔数达到4.48万笔');
  await form.getByRole('textbox', { name: '整改措施' }).fill('加大贷款政策宣传，每月通报发放进度');
  await form.getByRole('textbox', { name: '责任人' }).fill('归集贷款处');
  await form.locator('input[type=date]').fill(`${YEAR}-06-30`);
  await form.getByRole('button', { name: '立为整改任务' }).click();
  const dueDateError = (await form.getByTestId('due-date-error').textContent()).trim();
  await shoot(page, 'monitoring-task-refused', violations);
  await form.locator('input[type=date]').fill(`${YEAR}-12-31`);
  await form.getByRole('button', { name: '立为整改任务' }).click();
  await form.waitFor({ state: 'detached' });
  const row = page.locator('[data-testid=tasks] tbody tr', { hasText: '归集贷款处' });
  return { prefilled, dueDateError, row: (await row.textContent()).trim() };
}

async function closeTask(page) {
  const row = page.locator('[data-testid=tasks] tbody tr', { hasText: '归集贷款处' });
  await row.waitFor();
  const before = (await row.getByTestId('task-state').textContent()).trim();
  await row.getByRole('textbox').fill('已开展贷款政策宣传，10月起按月通报发放进度。');
  await row.getByRole('button', { name: '完成整改' }).click();
  await row.getByTestId('task-state').filter({ hasText: '已完成' }).waitFor();
  return { before, after: (await row.textContent()).trim() };
}
