import { indicatorApi } from './clients';
import { settle } from './call';
import type { components } from './generated/indicator';

export type Indicator = components['schemas']['Indicator'];
export type ImportReport = components['schemas']['IndicatorImportReport'];

/** The two values the table edits, named as the services' field errors name them. */
export type Field = 'annualTarget' | 'value';
/**
 * Which value of which indicator (`id:field`) is being saved, and for a refused one the message shown under it and
 * the text that was refused (kept when the table redraws its cells, e.g. when a phone turns).
 */
export interface FieldState { busy: string | null; errors: Record<string, string>; refused: Record<string, string> }

/** The seed's tables have a few dozen indicators; one page of the service's largest size holds any of them. */
const ALL = 500;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const evaluation = (dept: string, year: number) => ({ dept, year });
const ifMatch = (indicator: Indicator) => ({ 'If-Match': `"${indicator.version ?? 0}"` });

export function listIndicators(dept: string, year: number) {
  return settle(indicatorApi.GET('/api/v1/departments/{dept}/years/{year}/indicators', {
    params: { path: evaluation(dept, year), query: { size: ALL } },
  }));
}

/** The year-end actual as written (534.89万人, ≥85% …); the service parses it and answers the completion. */
export function reportActual(dept: string, year: number, indicator: Indicator, value: string) {
  return settle(indicatorApi.PUT('/api/v1/departments/{dept}/years/{year}/indicators/{id}/actual', {
    params: { path: { ...evaluation(dept, year), id: indicator.id ?? '' }, header: ifMatch(indicator) },
    body: { value, evidenceDocument: indicator.evidence?.document, evidenceUrl: indicator.evidence?.url },
  }));
}

/** A new annual target as written (＞6500万, ≥85%): the definition is replaced with everything else kept. */
export function changeTarget(dept: string, year: number, indicator: Indicator, annualTarget: string) {
  return settle(indicatorApi.PUT('/api/v1/departments/{dept}/years/{year}/indicators/{id}', {
    params: { path: { ...evaluation(dept, year), id: indicator.id ?? '' }, header: ifMatch(indicator) },
    body: {
      level1: indicator.level1 ?? '', level2: indicator.level2 ?? '', name: indicator.name ?? '',
      periodTarget: indicator.periodTarget?.text, annualTarget, weight: indicator.weight,
      calculationNote: indicator.calculationNote, ordinal: indicator.ordinal,
    },
  }));
}

/** Tables 1 and 2 as the service writes them (sheets 表1, 表2), as a file to save. */
export function exportWorkbook(dept: string, year: number) {
  return settle(indicatorApi.GET('/api/v1/departments/{dept}/years/{year}/indicators/export.xlsx', {
    params: { path: evaluation(dept, year) }, parseAs: 'blob',
  }));
}

/** A table the department filled in (XLSX, or CSV), all-or-nothing: a bad row is a 422 naming it, and nothing is written. */
export function importTable(dept: string, year: number, file: File) {
  const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : XLSX;
  // The document types a binary body as a string; the file goes as it is, with its own content type.
  return settle(indicatorApi.POST('/api/v1/departments/{dept}/years/{year}/indicators/imports', {
    params: { path: evaluation(dept, year) },
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': type },
  }));
}
