import { reportApi } from './clients';
import { settle } from './call';
import type { components } from './generated/report';

export type ReportVersion = components['schemas']['ReportVersionView'];
export type ReportDiff = components['schemas']['ReportDiff'];

/** The formats a draft is downloaded in, with the file extension report-service names each by. */
export const DOWNLOADS = [
  { ext: 'docx', label: 'Word（DOCX）' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'md', label: 'Markdown' },
] as const;

const evaluation = (dept: string, year: number) => ({ dept, year });

/** The draft as report-service's HTML page: the newest scorecard with the current narrative, composed on every read. */
export function draftHtml(dept: string, year: number) {
  return settle(reportApi.GET('/api/v1/departments/{dept}/years/{year}/report/draft.{ext}', {
    params: { path: { ...evaluation(dept, year), ext: 'html' } }, parseAs: 'text',
  }));
}

export function draftFile(dept: string, year: number, ext: string) {
  return settle(reportApi.GET('/api/v1/departments/{dept}/years/{year}/report/draft.{ext}', {
    params: { path: { ...evaluation(dept, year), ext } }, parseAs: 'blob',
  }));
}

/** Every public version (each answered an approval), oldest first. */
export function versions(dept: string, year: number) {
  return settle(reportApi.GET('/api/v1/departments/{dept}/years/{year}/report/versions', {
    params: { path: evaluation(dept, year) },
  }));
}

/** What changed between two public versions (the public diff, which the gateway forwards as it does the APIs). */
export function diff(dept: string, year: number, from: number, to: number) {
  return settle(reportApi.GET('/reports/{dept}/{year}/diff', {
    params: { path: evaluation(dept, year), query: { from, to } },
  }));
}

/**
 * The body of report-service's HTML page, to show inside the screen: its own stylesheet and anything active are
 * dropped (the screen styles it; the gateway's policy would refuse them anyway). Every text in it was escaped by
 * the service (HtmlFormat), and the page is parsed inertly here, never run.
 */
export function reportBody(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  page.querySelectorAll('script, style, link, iframe, object, embed').forEach((element) => element.remove());
  page.querySelectorAll('*').forEach((element) => {
    Array.from(element.attributes).filter((attribute) => attribute.name.startsWith('on'))
      .forEach((attribute) => element.removeAttribute(attribute.name));
  });
  // A wide table scrolls inside its box on a phone; a box that scrolls must be reachable by keyboard.
  page.querySelectorAll('.table-box').forEach((box) => box.setAttribute('tabindex', '0'));
  const content = page.querySelector('main, article') ?? page.body;
  return content.innerHTML;
}
