/** The services' role names (the `groups` claim) and how the screens name them. */
export const ROLES = [
  { value: 'department-editor', label: '部门填报人员' },
  { value: 'erp-integration', label: '部门 ERP 接口' },
  { value: 'bureau-reviewer', label: '财政局审核人员' },
  { value: 'admin', label: '系统管理员' },
] as const;

export function roleLabel(role: string | undefined): string {
  return ROLES.find((candidate) => candidate.value === role)?.label ?? role ?? '';
}

/** The roles that read every department's evaluation: the bureau's view is theirs. */
export function readsEveryDepartment(role: string | undefined): boolean {
  return role === 'bureau-reviewer' || role === 'admin';
}

/** Where a role starts after signing in: the bureau in its view of the year, a department in its evaluation. */
export function home(role: string, department: string, year: number) {
  return readsEveryDepartment(role)
    ? { name: 'bureau', params: { year: String(year) } }
    : { name: 'overview', params: { department, year: String(year) } };
}
