import type { Kysely } from 'kysely';
import type { QualityRule } from '@jiliang/shared';
import { getDaysInMonth, type CredibilityCounts } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';

/**
 * A month of an enterprise's stored evaluations, as the quality screens read it (issue 6 §4–5), refreshing the
 * dirty point-days it covers first (evaluation.refresh). The reads are composed in quality-read.service.ts.
 */
export type QualityMonthService = ReturnType<typeof createQualityMonthService>;

type EvaluationRow = {
  pointId: string;
  day: string;
  expected: number;
  received: number;
  readingCount: number;
  validReadings: number;
  calibrationChecked: number;
  calibratedReadings: number;
  balanceChecks: number;
  balanceClosureSum: number;
};
type Finding = { rule: QualityRule; ts: number | null; message: string; source: string };

export const countsOf = (e: EvaluationRow): CredibilityCounts => ({
  expected: e.expected,
  received: e.received,
  readings: e.readingCount,
  validReadings: e.validReadings,
  calibrationChecked: e.calibrationChecked,
  calibratedReadings: e.calibratedReadings,
  balanceChecks: e.balanceChecks,
  balanceClosureSum: e.balanceClosureSum,
});

export const monthSpan = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = `${month}-01`;
  return { from, to: `${month}-${String(getDaysInMonth(y, m)).padStart(2, '0')}` };
};

export const DAY_MS = 86_400_000;

export const createQualityMonthService = ({ db, evaluation }: { db: Kysely<Database>; evaluation: QualityEvaluationService }) => {
  const pointsOf = (enterpriseId: string) =>
    db
      .selectFrom('points')
      .select(['id', 'code', 'name', 'unit', 'registerKind'])
      .where('enterpriseId', '=', enterpriseId)
      .orderBy('code')
      .execute();

  const loadMonth = async (enterpriseId: string, month: string, pointId?: string) => {
    const { from, to } = monthSpan(month);
    const points = (await pointsOf(enterpriseId)).filter((p) => !pointId || p.id === pointId);
    await evaluation.refresh(
      points.map((p) => p.id),
      from,
      to,
    );
    const rows = points.length
      ? await db
          .selectFrom('qualityEvaluations')
          .selectAll()
          .where(
            'pointId',
            'in',
            points.map((p) => p.id),
          )
          .where('day', '>=', from)
          .where('day', '<=', to)
          .orderBy('day')
          .execute()
      : [];
    return { from, to, points, rows: rows.map((r) => ({ ...r, day: String(r.day), findings: r.findings as Finding[] })) };
  };

  return { pointsOf, loadMonth };
};
