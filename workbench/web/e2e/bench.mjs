// Benchmark, not a test: the overview's first load and the time from an actual saved to the new score on screen, in
// Debian's Chromium (playwright-core) against a stack with the GZHPF 2023 demo loaded. Run by local-stack's
// WorkbenchBenchmarkIT (BENCHMARKS.md, "Workbench"), or by hand against ./run.sh's gateway:
//   WORKBENCH_URL=http://localhost:8080 RUNS=20 node e2e/bench.mjs
// Prints every sample and p50/p95 of each as one JSON line.
//  - first load: a new browser context each run (empty cache, a session already signed in, as after the sign-in
//    screen), from the navigation's start (performance.timeOrigin) until the total score is in the page (the app's
//    script and styles loaded and run, the scorecard fetched and drawn);
//  - update on screen: with the overview open, another editor's PUT of the actual through the REST API (alternately
//    520万人 and 531万人, so the total alternates 95.49 and 95.54), from just before the PUT until the new total is
//    shown. The overview polls every 300 ms with If-None-Match (api/liveScorecard.ts), so this includes waiting
//    for the next poll.
import { base, DEPARTMENT, headersOf, newPage, withBrowser, YEAR } from './common.mjs';

const RUNS = Number(process.env.RUNS ?? 10);
const WARM_UP = 2;
const INDICATOR = '当年广州住房公积金实缴人数';
const VALUES = [['520万人', '95.49'], ['531万人', '95.54']];

await withBrowser(run);

async function run(browser) {
  const token = (await headersOf('department-editor')).Authorization.slice('Bearer '.length);
  const firstLoadMs = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const millis = await firstLoad(browser, token);
    if (i >= WARM_UP) {
      firstLoadMs.push(millis);
    }
  }
  const updateOnScreenMs = await updates(browser, token);
  return { runs: RUNS, firstLoadMs, updateOnScreenMs,
    firstLoad: percentiles(firstLoadMs), updateOnScreen: percentiles(updateOnScreenMs) };
}

/** A page whose session is the editor's, as the sign-in screen leaves it, with the moment the total first shows kept. */
async function signedInPage(browser, token) {
  const page = await newPage(browser);
  await page.addInitScript(([value]) => {
    sessionStorage.setItem('perfeval.session', value);
    new MutationObserver(() => {
      const total = document.querySelector('[data-testid=total]')?.textContent?.trim();
      if (total && total !== window.shownTotal) {
        window.shownTotal = total;
        window.shownAt = Date.now();
        window.firstShownAt ??= performance.now();
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, [JSON.stringify({ token, role: 'department-editor', department: DEPARTMENT, year: YEAR })]);
  return page;
}

async function firstLoad(browser, token) {
  const page = await signedInPage(browser, token);
  await page.goto(`${base}/#/evaluations/${DEPARTMENT}/${YEAR}`);
  await page.waitForFunction(() => window.firstShownAt !== undefined);
  const millis = await page.evaluate(() => window.firstShownAt);
  await page.context().close();
  return round(millis);
}

async function updates(browser, token) {
  const headers = await headersOf('department-editor');
  const indicators = `${base}/services/indicator/api/v1/departments/${DEPARTMENT}/years/${YEAR}/indicators`;
  const list = await (await fetch(indicators + '?size=100', { headers })).json();
  const actual = `${indicators}/${list.items.find((item) => item.name === INDICATOR).id}/actual`;
  const page = await signedInPage(browser, token);
  await page.goto(`${base}/#/evaluations/${DEPARTMENT}/${YEAR}`);
  await page.waitForFunction(() => window.firstShownAt !== undefined);
  const samples = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const [value, total] = VALUES[i % 2];
    const started = Date.now();
    const put = await fetch(actual, { method: 'PUT', headers, body: JSON.stringify({ value }) });
    if (put.status !== 200) {
      throw new Error(`PUT actual answered ${put.status}: ${await put.text()}`);
    }
    await page.waitForFunction((expected) => window.shownTotal === expected, total, { timeout: 60000 });
    if (i >= WARM_UP) {
      samples.push((await page.evaluate(() => window.shownAt)) - started);
    }
  }
  return samples;
}

/** Nearest-rank percentiles. */
function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: rank(50), p95: rank(95), min: sorted[0], max: sorted[sorted.length - 1] };
}

function round(millis) {
  return Math.round(millis * 10) / 10;
}
