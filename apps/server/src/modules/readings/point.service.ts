import type { Kysely, Selectable } from 'kysely';
import { AppError, meterSwapSchema, pointInputSchema, type Point, type PointInput } from '@jiliang/shared';
import { tryParseUnit, type AccessTarget } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database, PointTable } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { lockPoints } from './ingest-merge.ts';
import type { RollupService } from './rollup.service.ts';

/**
 * Points (测点): the measurement channels of an enterprise (issue 5 §1). A point keeps its history when
 * the instrument behind it is swapped; the swap records the old meter's closing register and the new
 * one's opening register, so consumption across the swap is the true one.
 */
const CONSUMPTION_DIMENSIONS = ['energy', 'mass', 'volume', 'normal_volume'];

export type PointService = ReturnType<typeof createPointService>;

export const createPointService = ({ db, clock, rollups }: { db: Kysely<Database>; clock: Clock; rollups: RollupService }) => {
  const select = (executor: Kysely<Database> = db) =>
    executor
      .selectFrom('points')
      .leftJoin('sites', 'sites.id', 'points.siteId')
      .selectAll('points')
      .select('sites.name as siteName')
      .select((eb) =>
        eb
          .selectFrom('pointInstruments')
          .select('pointInstruments.instrumentId')
          .whereRef('pointInstruments.pointId', '=', 'points.id')
          .orderBy('pointInstruments.fromAt', 'desc')
          .limit(1)
          .as('instrumentId'),
      );

  const toPoint = (row: Selectable<PointTable> & { siteName: string | null; instrumentId: string | null }): Point => ({
    id: row.id,
    enterpriseId: row.enterpriseId,
    code: row.code,
    name: row.name,
    siteId: row.siteId,
    siteName: row.siteName,
    medium: row.medium as Point['medium'],
    registerKind: row.registerKind as Point['registerKind'],
    unit: row.unit,
    multiplier: row.multiplier,
    rolloverValue: row.rolloverValue,
    intervalMinutes: row.intervalMinutes,
    instrumentId: row.instrumentId ?? null,
    dlt645Address: row.dlt645Address,
    dlt645DataId: row.dlt645DataId,
    parentPointId: row.parentPointId,
    createdAt: row.createdAt.toISOString(),
  });

  const listPoints = async (enterpriseId: string) =>
    (await select().where('points.enterpriseId', '=', enterpriseId).orderBy('points.code').execute()).map(toPoint);

  const getPoint = async (id: string) => {
    const row = await select().where('points.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `测点 ${id} 不存在 (point not found)`, { entity: 'point', id });
    return toPoint(row);
  };

  const enterpriseTargetOf = async (pointId: string): Promise<AccessTarget> => {
    const row = await db
      .selectFrom('points')
      .innerJoin('organisations', 'organisations.id', 'points.enterpriseId')
      .select(['organisations.id', 'organisations.kind', 'organisations.divisionCode'])
      .where('points.id', '=', pointId)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `测点 ${pointId} 不存在 (point not found)`, { entity: 'point', id: pointId });
    return { organisationId: row.id, kind: row.kind, divisionCode: row.divisionCode };
  };

  const createPoint = async (actor: AuditActor, enterpriseId: string, input: PointInput) => {
    const value = pointInputSchema.parse(input);
    if (value.registerKind !== 'instantaneous') {
      const unit = tryParseUnit(value.unit);
      if (!unit.ok || !CONSUMPTION_DIMENSIONS.includes(unit.unit.dimension))
        throw new AppError(
          'VALIDATION_FAILED',
          `累计/区间测点的单位须为能量、质量或体积单位：${value.unit} (unit of a counting register)`,
          [{ field: 'unit', rule: 'energy, mass, volume or normal-volume unit (kWh, MWh, GJ, t, m³, Nm³, 10⁴Nm³ …)', message: value.unit }],
        );
    }
    if (value.rolloverValue != null && value.registerKind !== 'cumulative')
      throw new AppError('VALIDATION_FAILED', '只有累计值测点有翻转值 (rollover applies to cumulative registers)', [
        { field: 'rolloverValue', rule: 'cumulative registers only', message: String(value.rolloverValue) },
      ]);
    const org = await db.selectFrom('organisations').select('kind').where('id', '=', enterpriseId).executeTakeFirst();
    if (org?.kind !== 'enterprise')
      throw new AppError('VALIDATION_FAILED', '测点属于企业 (points belong to enterprises)', [
        { field: 'enterpriseId', rule: 'an enterprise', message: org?.kind ?? 'not found' },
      ]);
    const id = await db.transaction().execute(async (trx) => {
      if (
        await trx
          .selectFrom('points')
          .select('id')
          .where('enterpriseId', '=', enterpriseId)
          .where('code', '=', value.code)
          .executeTakeFirst()
      )
        throw new AppError('CONFLICT', `测点编码 ${value.code} 已存在 (point code already used)`, [
          { field: 'code', rule: 'unique within the enterprise', message: value.code },
        ]);
      if (value.siteId) {
        const site = await trx.selectFrom('sites').select('enterpriseId').where('id', '=', value.siteId).executeTakeFirst();
        if (site?.enterpriseId !== enterpriseId)
          throw new AppError('VALIDATION_FAILED', '厂区须属于本企业 (site of another enterprise)', [
            { field: 'siteId', rule: 'a site of the enterprise', message: value.siteId },
          ]);
      }
      if (value.instrumentId) {
        const instrument = await trx.selectFrom('instruments').select('ownerId').where('id', '=', value.instrumentId).executeTakeFirst();
        if (instrument?.ownerId !== enterpriseId)
          throw new AppError('VALIDATION_FAILED', '器具须在本企业台账中 (instrument of another register)', [
            { field: 'instrumentId', rule: 'an instrument of the enterprise (issue 4)', message: value.instrumentId },
          ]);
      }
      const now = clock.now();
      const { instrumentId, ...columns } = value;
      const row = await trx
        .insertInto('points')
        .values({
          ...columns,
          enterpriseId,
          siteId: value.siteId ?? null,
          rolloverValue: value.rolloverValue ?? null,
          dlt645Address: value.dlt645Address ?? null,
          dlt645DataId: value.dlt645DataId?.toUpperCase() ?? null,
          parentPointId: value.parentPointId ?? null,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('pointInstruments')
        .values({
          pointId: row.id,
          fromAt: new Date(0),
          instrumentId: instrumentId ?? null,
          closingReading: null,
          openingReading: null,
          multiplier: null,
          reason: '建点 (created)',
          actorLabel: actor.label,
          createdAt: now,
        })
        .execute();
      await appendAudit(
        trx,
        { actor, organisationId: enterpriseId, action: 'point.create', entityType: 'point', entityId: row.id, after: value },
        now,
      );
      return row.id;
    });
    return getPoint(id);
  };

  /** Issue 5 §4: a meter replacement keeps the point's history and the true consumption across it. */
  const swapMeter = async (actor: AuditActor, pointId: string, input: unknown) => {
    const value = meterSwapSchema.parse(input);
    const point = await getPoint(pointId);
    if (point.registerKind === 'cumulative' && (value.closingReading == null || value.openingReading == null))
      throw new AppError('VALIDATION_FAILED', '累计值测点换表须填写旧表止码和新表起码 (closing and opening readings)', [
        {
          field: value.closingReading == null ? 'closingReading' : 'openingReading',
          rule: 'required for a cumulative register',
          message: 'missing',
        },
      ]);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      // The point's ingestion lock (ingest-merge.ts): a batch appending to this point meanwhile would add increments
      // computed without the swap; it waits, and sees the swap when it reads the point's swaps.
      await lockPoints(trx, point.enterpriseId, [pointId]);
      await trx
        .insertInto('pointInstruments')
        .values({
          pointId,
          fromAt: new Date(value.at),
          instrumentId: value.instrumentId ?? null,
          closingReading: value.closingReading ?? null,
          openingReading: value.openingReading ?? null,
          multiplier: value.multiplier ?? null,
          reason: value.reason,
          actorLabel: actor.label,
          createdAt: now,
        })
        .execute();
      // A swap recorded after the fact changes the consumption of every reading from its instant on.
      const last = await trx
        .selectFrom('readings')
        .select('ts')
        .where('pointId', '=', pointId)
        .orderBy('ts', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (last && last.ts >= new Date(value.at)) await rollups.refresh(trx, [{ pointId, from: new Date(value.at), to: last.ts }]);
      await appendAudit(
        trx,
        { actor, organisationId: point.enterpriseId, action: 'point.swap', entityType: 'point', entityId: pointId, after: value },
        now,
      );
    });
    return getPoint(pointId);
  };

  const listSwaps = (pointIds: readonly string[], executor: Kysely<Database> = db) =>
    pointIds.length
      ? executor
          .selectFrom('pointInstruments')
          .selectAll()
          .where('pointId', 'in', pointIds)
          .where('fromAt', '>', new Date(0))
          .orderBy('fromAt')
          .execute()
      : Promise.resolve([]);

  return { listPoints, getPoint, enterpriseTargetOf, createPoint, swapMeter, listSwaps };
};
