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
