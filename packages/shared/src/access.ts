/**
 * Roles, permissions and what each role may do. Scopes (which organisations a role reaches) are
 * decided by `authorize` in packages/calc; this file is the table both the server and the web read.
 */
export const ROLES = ['province_admin', 'local_officer', 'institution_staff', 'enterprise_user', 'expert', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organisations:read',
  'organisations:write',
  'sites:read',
  'sites:write',
  'users:read',
  'users:write',
  'tokens:manage',
  'audit:read',
  'audit:verify',
  'readings:write',
  // The institution lifecycle: who may act in which step (MEASURES.md §1).
  'institutions:read',
  'institutions:apply',
  'institutions:review',
  'institutions:decide',
  'institutions:assess',
  // The instrument register, certificates, standards and capabilities (issue 4; CM-6(4)).
  'instruments:read',
  'instruments:write',
  // Greenhouse-gas accounting (issue 7; CM-6(2), CM-6(3)): reading results, keeping sources and runs, the factor library.
  'carbon:read',
  'carbon:write',
  'factors:write',
  // GB 17167 reviews, rectification and the energy services (issue 8; CM-6(1), CM-6(5), CM-6(6)).
  'energy:read',
  'energy:write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Decided here: the Measures name who does what (MEASURES.md §1); this is the foundation's cut. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // CM-5: the Province builds, guides, approves and supervises: everything, everywhere.
  province_admin: PERMISSIONS,
  // CM-5, CM-20: day-to-day management of the units in their own prefecture.
  local_officer: [
    'organisations:read',
    'sites:read',
    'users:read',
    'audit:read',
    'institutions:read',
    'institutions:review',
    'instruments:read',
    'carbon:read',
    'energy:read',
  ],
  // CM-7, CM-8: the applicant unit applies, reports and files for acceptance.
  institution_staff: [
    'organisations:read',
    'sites:read',
    'users:read',
    'tokens:manage',
    'institutions:read',
    'institutions:apply',
    'instruments:read',
    'instruments:write',
    'carbon:read',
    'carbon:write',
    'factors:write',
    'energy:read',
    'energy:write',
  ],
  enterprise_user: [
    'organisations:read',
    'sites:read',
    'sites:write',
    'users:read',
    'tokens:manage',
    'readings:write',
    'instruments:read',
    'instruments:write',
    'carbon:read',
    'carbon:write',
    'energy:read',
    'energy:write',
  ],
  // CM-10, CM-14: experts see the units of the panels they sit on, nothing else.
  expert: ['organisations:read', 'institutions:read', 'institutions:assess', 'instruments:read', 'energy:read'],
  viewer: ['organisations:read', 'sites:read', 'institutions:read', 'instruments:read', 'carbon:read', 'energy:read'],
};

/** Permissions a machine token may carry (a subset of its creator's). */
export const TOKEN_PERMISSIONS: readonly Permission[] = [
  'organisations:read',
  'sites:read',
  'readings:write',
  'instruments:read',
  'carbon:read',
];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  province_admin: { zh: '省局管理员', en: 'Provincial administrator' },
  local_officer: { zh: '市州局监管人员', en: 'Local bureau officer' },
  institution_staff: { zh: '中心/基地工作人员', en: 'Institution staff' },
  enterprise_user: { zh: '企业用户', en: 'Enterprise user' },
  expert: { zh: '评审专家', en: 'Expert' },
  viewer: { zh: '只读用户', en: 'Viewer' },
};
