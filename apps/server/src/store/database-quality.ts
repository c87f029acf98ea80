import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of migrations/0008_quality.sql and 0009_quality_marks.sql (issue 6), merged into `Database`. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateColumn = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type QualityTables = {
  qualityLimits: {
    pointId: string;
    minValue: number | null;
    maxValue: number | null;
    maxRatePerHour: number | null;
    stuckRunLength: number | null;
    completenessThreshold: number;
    actorLabel: string;
    updatedAt: Timestamp;
  };
  qualityEvaluations: {
    pointId: string;
    enterpriseId: string;
    day: DateColumn;
    expected: number;
    received: number;
    completeness: number;
    readingCount: number;
    flaggedCount: number;
    flags: number;
    findings: Json<unknown>;
    skipped: Json<unknown>;
    validReadings: number;
    calibrationChecked: number;
    calibratedReadings: number;
    balanceChecks: number;
    balanceClosureSum: number;
    score: number | null;
    evaluatedAt: Timestamp;
  };
  readingFlags: { pointId: string; ts: Timestamp; flags: number };
  estimatedValues: { pointId: string; ts: Timestamp; value: number; method: string; actorLabel: string; createdAt: Timestamp };
  qualityDirty: { pointId: string; day: DateColumn; markedAt: Timestamp; markSeq: Generated<string> };
  /** migrations/0010_monthly_figures.sql: 月报数据 of a point and month; a new one supersedes, never overwrites. */
  monthlyFigures: {
    id: Generated<string>;
    pointId: string;
    month: DateColumn;
    value: number;
    unit: string;
    source: 'monthly_report' | 'bill' | 'other';
    evidence: string;
    reason: string | null;
    supersededBy: string | null;
    actorLabel: string;
    createdAt: Timestamp;
  };
};
