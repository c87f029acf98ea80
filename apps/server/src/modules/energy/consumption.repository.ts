import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Consumption of meter points read from the readings module's rollups (issue 5: day and calendar-month rollups in
 * Asia/Shanghai), never from raw readings. Read-only; no rules here.
 */
type Db = Kysely<Database>;

export const listEnterprisePoints = (db: Db, enterpriseId: string) =>
  db
    .selectFrom('points')
    .select((eb) => [
      'points.id',
      'points.code',
      'points.name',
      'points.medium',
      'points.unit',
      'points.registerKind',
      'points.parentPointId',
      'points.enterpriseId',
      eb
        .selectFrom('pointInstruments')
        .select('pointInstruments.instrumentId')
        .whereRef('pointInstruments.pointId', '=', 'points.id')
        .orderBy('pointInstruments.fromAt', 'desc')
        .limit(1)
        .as('instrumentId'),
    ])
    .where('points.enterpriseId', '=', enterpriseId)
    .orderBy('points.code')
    .execute();
export type PointRow = Awaited<ReturnType<typeof listEnterprisePoints>>[number];

/** Σ consumption per point over the days [from, to] (inclusive), and on how many days there was any. */
export const sumDailyConsumption = async (db: Db, pointIds: readonly string[], from: string, to: string) =>
  pointIds.length === 0
    ? []
    : db
        .selectFrom('rollupsDay')
        .select((eb) => ['pointId', eb.fn.sum<number>('consumption').as('consumption'), eb.fn.count<number>('consumption').as('days')])
        .where('pointId', 'in', pointIds)
        .where('bucket', '>=', from)
        .where('bucket', '<=', to)
        .groupBy('pointId')
        .execute();

/** Consumption per point and calendar month over [fromMonth, toMonth] (first days of months, inclusive). */
export const listMonthlyConsumption = async (db: Db, pointIds: readonly string[], fromMonth: string, toMonth: string) =>
  pointIds.length === 0
    ? []
    : db
        .selectFrom('rollupsMonth')
        .select(['pointId', 'bucket', 'consumption'])
        .where('pointId', 'in', pointIds)
        .where('bucket', '>=', fromMonth)
        .where('bucket', '<=', toMonth)
        .where('consumption', 'is not', null)
        .orderBy('bucket')
        .execute();
