import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * Typed SQL behind rules 9 and 10 (issue 6), no rules: a parent meter's children (points.parent_point_id), which
 * instrument served a point from when (point_instruments), the instruments' accuracy class and stated MPE, and
 * the day consumption of points from the day rollups (Asia/Shanghai days, in each point's unit).
 */
type Db = Kysely<Database>;

/** The counting points (not instantaneous) of the enterprise whose parent meter is `parentId`. */
export const listChildPoints = (db: Db, parentId: string, enterpriseId: string) =>
  db
    .selectFrom('points')
    .select(['id', 'code', 'unit'])
    .where('parentPointId', '=', parentId)
    .where('enterpriseId', '=', enterpriseId)
    .where('registerKind', '!=', 'instantaneous')
    .orderBy('code')
    .execute();

/** The instrument bindings of points, each from its `fromAt` to the next one's (a swap starts a new binding). */
export const listPointBindings = (db: Db, pointIds: readonly string[]) =>
  pointIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('pointInstruments')
        .select(['pointId', 'fromAt', 'instrumentId'])
        .where('pointId', 'in', pointIds)
        .orderBy('pointId')
        .orderBy('fromAt')
        .execute();

export const listInstrumentAccuracy = (db: Db, instrumentIds: readonly string[]) =>
  instrumentIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('instruments').select(['id', 'code', 'accuracyClass', 'mpeRelative']).where('id', 'in', instrumentIds).execute();

/** Day consumption per point over the days [from, to] (inclusive); a day without a rollup has no row. */
export const listDayConsumption = (db: Db, pointIds: readonly string[], from: string, to: string) =>
  pointIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('rollupsDay')
        .select(['pointId', 'bucket', 'consumption'])
        .where('pointId', 'in', pointIds)
        .where('bucket', '>=', from)
        .where('bucket', '<=', to)
        .execute();
