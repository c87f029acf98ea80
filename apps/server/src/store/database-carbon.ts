import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of migrations/0006_carbon.sql (issue 7), merged into `Database`. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type CarbonTables = {
  emissionFactors: {
    id: Generated<string>;
    code: string;
    version: number;
    kind: string;
    subject: string;
    name: string;
    region: string;
    value: number;
    unit: string;
    uRel: number | null;
    sourceDocument: string;
    sourceEdition: string | null;
    sourceTable: string | null;
    sourceRow: string | null;
    confirmation: string;
    effectiveFrom: DateColumn;
    effectiveTo: DateColumn | null;
    note: string | null;
    reason: string | null;
    actorLabel: string;
    createdAt: Timestamp;
  };
  emissionSources: {
    id: Generated<string>;
    enterpriseId: string;
    code: string;
    name: string;
    siteId: string | null;
    kind: string;
    subject: string;
    pointId: string | null;
    activityUnit: string;
    parameters: Json<unknown>;
    gas: string | null;
    origin: string | null;
    biomass: boolean;
    active: boolean;
    actorLabel: string;
    createdAt: Timestamp;
  };
  activityEntries: {
    id: Generated<string>;
    sourceId: string;
    month: DateColumn;
    value: number;
    unit: string;
    uRel: number | null;
    evidence: string;
    supersededBy: string | null;
    actorLabel: string;
    createdAt: Timestamp;
  };
  accountingRuns: {
    id: Generated<string>;
    enterpriseId: string;
    periodStart: DateColumn;
    periodEnd: DateColumn;
    methodVersion: string;
    record: Json<unknown>;
    result: Json<unknown>;
    totalTco2: number;
    expandedUncertaintyTco2: number;
    measuredShare: number | null;
    note: string | null;
    actorLabel: string;
    createdAt: Timestamp;
  };
  accountingRunSources: {
    runId: string;
    sourceId: string;
    kind: string;
    subject: string;
    siteId: string | null;
    tco2: number;
    uTco2: number;
    measuredTco2: number;
  };
};
