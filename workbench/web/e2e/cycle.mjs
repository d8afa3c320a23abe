// The review cycle as the department and the bureau walk it, in Debian's Chromium driven by playwright-core.
// Run by local-stack's WorkbenchIT after overview.mjs, against the stack with the GZHPF 2023 demo loaded as a draft:
//   WORKBENCH_URL=http://localhost:8080 SCREENSHOT_DIR=... node e2e/cycle.mjs
// A colleague enters an actual far above its target, so validation has a warning: the editor sees it, is refused a
// submission (422 with the finding), explains the warning in its row and submits; a second, stale tab of theirs is
// then refused (409 with the moves the state allows). The reviewer sees the evaluation as 已提交 in the bureau's view,
// opens its review, comments on an item and returns it with a reason; the editor sees 退回 and the comment. axe-core
// runs on each screen, at desktop width and at 390 px. Prints what it saw as one JSON line for the IT to assert.
import { mkdirSync } from 'node:fs';
import { changeActualAsSomeoneElse, DEPARTMENT, narrow, openTab, shoot, shots, signIn, text, withBrowser } from './common.mjs';

/** 900万人 against a target of 530万人: a completion of 169.81%, above validation's 150%. */
const INDICATOR = '当年广州住房公积金实缴人数';
const ACTUAL = '900万人';
const EXPLANATION = '2023年新增缴存单位多于年初预期，年度指标值按上年实际设定。';
const ITEM = '合同备案时效性';
const COMMENT = 'HT-2023-03 的备案日期与政府采购网公告不符，请核实后更正。';
const REASON = '合同备案日期待核实';
const PATIENCE_MS = 60000;

mkdirSync(shots, { recursive: true });
await withBrowser(run);

async function run(browser) {
  const violations = {};
  await changeActualAsSomeoneElse(INDICATOR, ACTUAL);
  const editor = await signIn(browser, '部门填报人员');
  const stale = await signIn(browser, '部门填报人员');
  await openTab(stale, '审核流程');
  await openTab(editor, '审核流程');
  await awaitFinding(editor);
  const findings = {
    counts: await text(editor, 'finding-counts'),
    rows: await editor.$$eval('[data-testid=findings] tbody tr', (rows) => rows.map((row) => row.textContent.trim())),
    submittable: await text(editor, 'submittable'),
    stateBefore: await text(editor, 'state'),
  };
  await shoot(editor, 'cycle', violations);

  const unexplained = await refusedSubmission(editor, '422');
  await shoot(editor, 'cycle-refused-422', violations);
  await editor.locator('[data-testid=findings] textarea').first().fill(EXPLANATION);
  await editor.getByRole('button', { name: '保存说明' }).click();
  await editor.getByTestId('submittable').filter({ hasText: '校验通过' }).waitFor();
  const explained = await text(editor, 'findings');
  const submitted = await submit(editor);

  await stale.getByTestId('transition-submit').click();
  await stale.getByTestId('allowed-transitions').waitFor();
  const stateRefused = (await stale.getByRole('alert').textContent()).trim();
  await shoot(stale, 'cycle-refused-409', violations);

  const reviewer = await signIn(browser, '财政局审核人员');
  await reviewer.locator('[data-testid=departments] [data-testid=state]').first().waitFor();
  const bureau = await bureauRow(reviewer);
  await shoot(reviewer, 'bureau', violations);
  const bureauNarrow = await narrow(reviewer, 'bureau-390', violations);

  await reviewer.getByTestId(`open-review-${DEPARTMENT}`).click();
  await reviewer.getByTestId('judgements').waitFor();
  await reviewer.getByRole('combobox', { name: '评分项', exact: true }).click();
  await reviewer.getByRole('option', { name: ITEM, exact: true }).click();
  await reviewer.getByLabel('意见内容').fill(COMMENT);
  await reviewer.getByRole('button', { name: '提交意见' }).click();
  await reviewer.getByTestId('comment-text').filter({ hasText: COMMENT }).waitFor();
  await shoot(reviewer, 'review', violations);

  await openTab(reviewer, '审核流程');
  await reviewer.getByTestId('transition-return').click();
  await reviewer.getByLabel('退回原因（必填）').fill(REASON);
  await reviewer.getByTestId('transition-confirm').click();
  await reviewer.getByTestId('state').filter({ hasText: '退回' }).waitFor();
  const returned = await text(reviewer, 'state');

  await editor.reload();
  await editor.getByTestId('state').filter({ hasText: '退回' }).waitFor();
  const editorState = await text(editor, 'state');
  const history = await editor.$$eval('[data-testid=history] tbody tr', (rows) => rows.map((row) => row.textContent.trim()));
  const cycleNarrow = await narrow(editor, 'cycle-390', violations);
  await openTab(editor, '审核意见');
  await editor.getByTestId('comment-text').first().waitFor();
  const comments = await editor.$$eval('[data-testid=comment-text]', (cells) => cells.map((cell) => cell.textContent.trim()));
  await shoot(editor, 'review-editor', violations);
  const reviewNarrow = await narrow(editor, 'review-390', violations);
  return { findings, unexplained, explained, submitted, stateRefused, bureau, returned, editorState, history, comments,
    axe: violations, narrow: { bureau: bureauNarrow, cycle: cycleNarrow, review: reviewNarrow } };
}

/** Validation reads the facts scoring-service has received; the new actual arrives a moment after it was accepted. */
async function awaitFinding(page) {
  const deadline = Date.now() + PATIENCE_MS;
  await page.getByTestId('findings').waitFor();
  while (!(await page.locator('[data-testid=findings] tbody tr', { hasText: '完成率' }).count())) {
    if (Date.now() > deadline) {
      throw new Error('no completion finding: ' + (await text(page, 'findings')));
    }
    await page.waitForTimeout(500);
    await page.reload();
    await page.getByTestId('findings').waitFor();
  }
}

/**
 * Clicks 提交审核 until the service answers: a plain 409 (the last change is still being scored) is clicked again;
 * answers the state once submitted, or the alert's text once refused with {@code status}.
 */
async function attemptSubmission(page, status) {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    await page.getByTestId('transition-submit').click();
    // The loser of the race times out later; its rejection is expected and ignored.
    const outcome = await Promise.race([
      page.getByTestId('state').filter({ hasText: '已提交' }).waitFor().then(() => 'submitted', () => 'timeout'),
      page.getByRole('alert').waitFor().then(() => 'refused', () => 'timeout'),
    ]);
    if (outcome === 'submitted') {
      return { submitted: await text(page, 'state') };
    }
    const alert = outcome === 'refused' ? (await page.getByRole('alert').textContent()).trim() : '';
    if (status && alert.includes(`（${status}）`)) {
      return { refused: alert };
    }
    await page.waitForTimeout(500);
  }
  throw new Error('the submission did not settle: ' + (await page.content()).slice(0, 2000));
}

async function refusedSubmission(page, status) {
  const outcome = await attemptSubmission(page, status);
  if (!outcome.refused) {
    throw new Error('the submission was accepted although a warning was unexplained');
  }
  return outcome.refused;
}

async function submit(page) {
  return (await attemptSubmission(page, null)).submitted;
}

async function bureauRow(page) {
  return page.$$eval('[data-testid=departments] tbody tr', (rows, dept) => {
    const row = rows.find((candidate) => candidate.textContent.includes(dept));
    return { state: row?.querySelector('[data-testid=state]')?.textContent.trim(),
      total: row?.querySelector(`[data-testid=total-${dept}]`)?.textContent.trim(), rows: rows.length };
  }, DEPARTMENT);
}
