import type { Problem } from '../api/problem';

/**
 * The message a problem holds for one field, for showing next to it: its field errors name the field by itself
 * (`value`) or by its path (`reportActual.request.value`); a problem without field errors (a 409 or 412) belongs to
 * the field that was being saved, so its detail or title is shown there.
 */
export function fieldMessage(problem: Problem, field: string): string {
  const errors = problem.errors ?? [];
  const own = ownFieldMessage(problem, field);
  if (own) {
    return own;
  }
  const others = errors.map((error) => `${error.field}：${error.message}`);
  return others.length ? others.join('；') : problem.detail || problem.title || '保存失败';
}

/**
 * The messages of a problem's field errors that name this field (by itself or as the end of a path), '' when none:
 * for a form of several fields, each showing only its own.
 */
export function ownFieldMessage(problem: Problem | null, field: string): string {
  return (problem?.errors ?? []).filter((error) => error.field === field || (error.field ?? '').endsWith(`.${field}`))
    .map((error) => error.message).join('；');
}
