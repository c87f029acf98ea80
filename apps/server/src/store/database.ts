import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { CarbonTables } from './database-carbon.ts';
import type { QualityTables } from './database-quality.ts';

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

type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;

export type InstrumentTable = {
  id: Generated<string>;
  ownerId: string;
  code: string;
  name: string;
  instrumentType: string;
  medium: string;
  maker: string | null;
  model: string | null;
  serialNumber: string | null;
  accuracyClass: string | null;
  mpeRelative: number | null;
  rangeMin: number | null;
  rangeMax: number | null;
  rangeUnit: string | null;
  ctRatio: number | null;
  ptRatio: number | null;
  siteId: string | null;
  equipment: string | null;
  location: string | null;
  gb17167Level: string;
  mandatoryVerification: boolean;
  intervalMonths: number | null;
  status: string;
  statusSince: Timestamp;
  latestCertificateId: string | null;
  dueDate: NullableDate;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
};

export type MeasurementStandardTable = {
  id: Generated<string>;
  ownerId: string;
  name: string;
  code: string;
  level: string;
  measurand: string;
  rangeText: string | null;
  uncertaintyText: string | null;
  mpeRelative: number | null;
  intervalMonths: number | null;
  status: string;
  latestCertificateId: string | null;
  dueDate: NullableDate;
  createdAt: Timestamp;
};

export type CertificateTable = {
  id: Generated<string>;
  number: string;
  kind: string;
  instrumentId: string | null;
  standardId: string | null;
  laboratoryId: string | null;
  laboratoryName: string;
  calibratedOn: DateColumn;
  issuedOn: NullableDate;
  validUntil: NullableDate;
  conclusion: string;
  revokedOn: NullableDate;
  revokedReason: string | null;
  source: string;
  dccIdentifier: string | null;
  notes: string | null;
  actorLabel: string;
  createdAt: Timestamp;
};

export type CertificateResultTable = {
  certificateId: string;
  seq: number;
  quantity: string;
  nominalValue: number | null;
  measuredValue: number | null;
  correction: number | null;
  unit: string;
  unitValid: boolean;
  expandedUncertainty: number;
  coverageFactor: number;
  uncertaintyRelative: boolean;
};

export type PointTable = {
  id: Generated<string>;
  enterpriseId: string;
  code: string;
  name: string;
  siteId: string | null;
  medium: string;
  registerKind: string;
  unit: string;
  multiplier: number;
  rolloverValue: number | null;
  intervalMinutes: number;
  dlt645Address: string | null;
  dlt645DataId: string | null;
  parentPointId: string | null;
  createdAt: Timestamp;
};

type RollupTable<B> = {
  pointId: string;
  bucket: B;
  consumption: number | null;
  readingCount: number;
  minValue: number | null;
  maxValue: number | null;
  sumValue: number | null;
  flags: number;
};

/** The tables of the newer modules, each in its own file (issue 6: database-quality.ts). */
type ModuleTables = CarbonTables & QualityTables;

export type Database = ModuleTables & {
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
  instruments: InstrumentTable;
  instrumentStatusChanges: {
    id: Generated<string>;
    instrumentId: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string;
    actorLabel: string;
    at: Timestamp;
  };
  measurementStandards: MeasurementStandardTable;
  certificates: CertificateTable;
  certificateResults: CertificateResultTable;
  certificateReferenceStandards: { certificateId: string; standardId: string };
  certificateAttachments: {
    id: Generated<string>;
    certificateId: string;
    filename: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    contentBase64: string;
    createdAt: Timestamp;
  };
  standardChecks: {
    id: Generated<string>;
    standardId: string;
    kind: string;
    performedOn: DateColumn;
    input: ColumnType<unknown, string, string>;
    result: ColumnType<unknown, string, string>;
    verdict: string;
    rule: string;
    actorLabel: string;
    createdAt: Timestamp;
  };
  capabilities: {
    id: Generated<string>;
    organisationId: string;
    kind: string;
    name: string;
    measurand: string;
    rangeText: string | null;
    uncertaintyText: string | null;
    method: string | null;
    standardId: string | null;
    active: boolean;
    createdAt: Timestamp;
  };
  points: PointTable;
  pointInstruments: {
    pointId: string;
    fromAt: Timestamp;
    instrumentId: string | null;
    closingReading: number | null;
    openingReading: number | null;
    multiplier: number | null;
    reason: string;
    actorLabel: string;
    createdAt: Timestamp;
  };
  readings: { pointId: string; ts: Timestamp; value: number; batchId: string };
  readingRevisions: {
    id: Generated<string>;
    pointId: string;
    ts: Timestamp;
    oldValue: number;
    newValue: number;
    batchId: string;
    actorLabel: string;
    reason: string;
    at: Timestamp;
  };
  ingestBatches: {
    id: string;
    enterpriseId: string;
    source: string;
    filename: string | null;
    actorLabel: string;
    receivedAt: Timestamp;
    committedAt: Timestamp;
    rowCount: number;
    accepted: number;
    duplicate: number;
    revised: number;
    rejected: number;
  };
  quarantineRows: {
    id: Generated<string>;
    batchId: string;
    enterpriseId: string;
    rowNo: number;
    raw: ColumnType<unknown, string, string>;
    field: string;
    reason: string;
    status: string;
    createdAt: Timestamp;
    resolvedAt: Timestamp | null;
    resolvedBy: string | null;
    replayBatchId: string | null;
  };
  rollupsHour: RollupTable<Timestamp>;
  rollupsDay: RollupTable<DateColumn>;
  rollupsMonth: RollupTable<DateColumn>;
  instrumentReminders: {
    instrumentId: string;
    dueDate: DateColumn;
    kind: string;
    createdAt: Timestamp;
    acknowledgedAt: Timestamp | null;
    acknowledgedBy: string | null;
  };
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
