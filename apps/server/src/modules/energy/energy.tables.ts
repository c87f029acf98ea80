import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Kysely's view of migrations/0007_energy_services.sql. The energy module owns these tables and adds them to
 * the store's Database type here (`withEnergyTables`), so the shared database.ts stays as it is.
 */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;

export type EnergyTables = {
  energyReviews: {
    id: Generated<string>;
    enterpriseId: string;
    reviewerOrganisationId: string | null;
    reviewDate: DateColumn;
    serial: number;
    editionRequested: string;
    editionApplied: string;
    snapshot: Json;
    result: Json;
    score: number;
    verdict: 'pass' | 'fail';
    actorLabel: string;
    createdAt: Timestamp;
  };
  energyReviewFindings: {
    id: Generated<string>;
    reviewId: string;
    enterpriseId: string;
    seq: number;
    kind: 'equipping' | 'accuracy' | 'calibration' | 'management';
    medium: string | null;
    level: string | null;
    required: number | null;
    installed: number | null;
    rate: number | null;
    limitPct: number | null;
    verdict: 'pass' | 'fail' | 'not_applicable';
    instrumentCode: string | null;
    clause: string;
    text: string;
  };
  energyRectificationItems: {
    id: Generated<string>;
    reviewId: string;
    findingId: string;
    enterpriseId: string;
    seq: number;
    problem: string;
    requirement: string;
    status: 'open' | 'in_progress' | 'closed';
    dueOn: DateColumn;
    evidence: string | null;
    closedAt: Timestamp | null;
    closedBy: string | null;
    version: Generated<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  energyRectificationEvents: {
    id: Generated<string>;
    itemId: string;
    seq: number;
    fromStatus: 'open' | 'in_progress' | 'closed' | null;
    toStatus: 'open' | 'in_progress' | 'closed';
    note: string | null;
    evidence: string | null;
    actorLabel: string;
    at: Timestamp;
  };
  energyBenchmarks: {
    id: Generated<string>;
    enterpriseId: string;
    standardId: string;
    indicatorId: string;
    categoryId: string;
    product: string;
    periodFrom: DateColumn;
    periodTo: DateColumn;
    lines: Json;
    productionQuantity: number;
    productionUnit: string;
    productionEvidence: string;
    energyTotal: number;
    energyUnit: string;
    unitConsumption: number;
    unit: string;
    tierExisting: number;
    tierNew: number | null;
    tierAdvanced: number | null;
    verdict: 'advanced' | 'new' | 'existing' | 'exceeds';
    gapToAdvanced: number | null;
    result: Json;
    actorLabel: string;
    createdAt: Timestamp;
  };
  energySavingsVerifications: {
    id: Generated<string>;
    enterpriseId: string;
    title: string;
    baselineFrom: DateColumn;
    baselineTo: DateColumn;
    reportingFrom: DateColumn;
    reportingTo: DateColumn;
    energyUnit: string;
    input: Json;
    result: Json;
    savings: number;
    expandedUncertainty: number;
    coverageFactor: number;
    actorLabel: string;
    createdAt: Timestamp;
  };
};

export type EnergyDatabase = Database & EnergyTables;

/** The same connection, typed with the energy tables. */
export const withEnergyTables = (db: Kysely<Database>): Kysely<EnergyDatabase> => db.withTables<EnergyTables>();
