import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Kysely's view of the tables (camelCase through CamelCasePlugin). Mirrors migrations/*.sql. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export type OrganisationTable = {
  id: Generated<string>;
  kind: 'province_bureau' | 'local_bureau' | 'institution' | 'enterprise' | 'laboratory';
  name: string;
  nameEn: string | null;
  creditCode: string | null;
  divisionCode: string | null;
  regionCode: string | null;
  parentId: string | null;
  industry: string | null;
  createdAt: CreatedAt;
};

export type InstitutionTable = {
  organisationId: string;
  institutionType: 'carbon_metrology_centre' | 'data_application_base';
  stage: string;
  stageSince: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SiteTable = {
  id: Generated<string>;
  enterpriseId: string;
  parentId: string | null;
  level: 'site' | 'sub_unit';
  name: string;
  nameEn: string | null;
  createdAt: CreatedAt;
};

export type UserTable = {
  id: Generated<string>;
  username: string;
  displayName: string;
  passwordHash: string;
  locale: 'zh-CN' | 'en';
  failedLogins: Generated<number>;
  lockedUntil: Timestamp | null;
  passwordChangedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  createdAt: CreatedAt;
};

export type MembershipTable = {
  id: Generated<string>;
  userId: string;
  organisationId: string;
  role: 'province_admin' | 'local_officer' | 'institution_staff' | 'enterprise_user' | 'expert' | 'viewer';
  createdAt: CreatedAt;
};

export type SessionTable = {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  activeMembershipId: string | null;
  csrfToken: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
};

export type ApiTokenTable = {
  id: Generated<string>;
  organisationId: string;
  name: string;
  prefix: string;
  secretHash: string;
  permissions: string[];
  createdBy: string | null;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
};

export type AuditLogTable = {
  seq: number;
  at: Timestamp;
  actorUserId: string | null;
  actorTokenId: string | null;
  actorLabel: string;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: ColumnType<Record<string, unknown>, string, string>;
  prevHash: string;
  hash: string;
};

type DateColumn = ColumnType<string, string, string>;

export type InstitutionCaseTable = {
  id: Generated<string>;
  organisationId: string;
  institutionType: 'carbon_metrology_centre' | 'data_application_base';
  state: string;
  isDirectApplicant: boolean;
  isInLocalPlan: boolean;
  hasLocalGovernmentCommitment: boolean;
  facts: ColumnType<Record<string, unknown>, string, string>;
  preparationDeadline: DateColumn | null;
  establishedOn: DateColumn | null;
  certificateNumber: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type InstitutionEventTable = {
  id: Generated<string>;
  caseId: string;
  seq: number;
  event: string;
  fromState: string;
  toState: string;
  article: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  actorUserId: string | null;
  actorLabel: string;
  at: Timestamp;
};

export type ExpertPanelTable = {
  id: Generated<string>;
  caseId: string;
  purpose: 'application_review' | 'acceptance_assessment' | 'inspection' | 're_review';
  leaderUserId: string;
  createdAt: Timestamp;
};

export type TaskBookItemTable = {
  id: Generated<string>;
  caseId: string;
  kind: 'task' | 'indicator' | 'milestone';
  title: string;
  target: string | null;
  dueOn: DateColumn | null;
  progress: Generated<number>;
  status: Generated<'open' | 'done'>;
  updatedAt: Timestamp;
};

export type SchemaMigrationTable = { name: string; checksum: string; appliedAt: Timestamp };

export type Database = {
  organisations: OrganisationTable;
  institutions: InstitutionTable;
  sites: SiteTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  apiTokens: ApiTokenTable;
  auditLog: AuditLogTable;
  schemaMigrations: SchemaMigrationTable;
  institutionCases: InstitutionCaseTable;
  institutionCoBuilders: { caseId: string; organisationId: string };
  institutionEvents: InstitutionEventTable;
  expertPanels: ExpertPanelTable;
  panelMembers: { panelId: string; userId: string };
  taskBookItems: TaskBookItemTable;
  annualReports: { caseId: string; year: number; submittedAt: Timestamp; summary: string };
  scoringTemplates: {
    institutionType: 'carbon_metrology_centre' | 'data_application_base';
    items: ColumnType<unknown, string, string>;
    updatedAt: Timestamp;
  };
  scoringSheets: {
    caseId: string;
    round: number;
    memberUserId: string;
    scores: ColumnType<Record<string, number>, string, string>;
    total: ColumnType<string, number, number>;
    submittedAt: Timestamp;
  };
  samplingDraws: {
    caseId: string;
    round: number;
    share: ColumnType<string, number, number>;
    seed: string;
    population: ColumnType<unknown, string, string>;
    drawn: ColumnType<unknown, string, string>;
    drawnAt: Timestamp;
    actorLabel: string;
  };
  documentSerials: { agency: string; year: number; lastSerial: number };
  institutionDocuments: {
    id: Generated<string>;
    caseId: string;
    eventSeq: number;
    kind: string;
    docNumber: string;
    title: string;
    docx: Buffer;
    pdf: Buffer;
    createdAt: Timestamp;
  };
};

export type OrganisationRow = Selectable<OrganisationTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
