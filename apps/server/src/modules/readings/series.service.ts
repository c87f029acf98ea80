import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql, type Kysely } from 'kysely';
import { AppError, REGISTER_KIND_LABELS, type SeriesQuery } from '@jiliang/shared';
import { convertUnit, isInScope, toShanghaiDate, type AccessTarget, type Scope } from '@jiliang/calc';
import type { Database } from '../../store/database.ts';

/**
 * Series at any resolution (issue 5 §6), per point, site, enterprise or energy type, read from the
 * rollups (hour, day, month) — raw readings only for one point at `raw`. Points of one query are summed
 * in the unit of the first one; points whose units measure different things (kWh and m³) cannot be
 * summed and the query says which.
 */
const TABLES = { hour: 'rollups_hour', day: 'rollups_day', month: 'rollups_month' } as const;
const RAW_LIMIT = 200_000;

export type SeriesService = ReturnType<typeof createSeriesService>;

export const createSeriesService = ({ db }: { db: Kysely<Database> }) => {
  const selectPoints = async (scope: Scope, query: SeriesQuery) => {
    let q = db
      .selectFrom('points')
      .innerJoin('organisations', 'organisations.id', 'points.enterpriseId')
      .select([
        'points.id',
        'points.code',
        'points.name',
        'points.unit',
        'points.registerKind',
        'organisations.id as orgId',
        'organisations.kind',
        'organisations.divisionCode',
      ]);
    if (query.pointId) q = q.where('points.id', '=', query.pointId);
    if (query.siteId)
      q = q.where((eb) =>
        eb.or([
          eb('points.siteId', '=', query.siteId!),
          eb('points.siteId', 'in', eb.selectFrom('sites').select('id').where('parentId', '=', query.siteId!)),
        ]),
      );
    if (query.enterpriseId) q = q.where('points.enterpriseId', '=', query.enterpriseId);
    if (query.medium) q = q.where('points.medium', '=', query.medium);
    if (query.registerKind) q = q.where('points.registerKind', '=', query.registerKind);
    // Over several points, power and temperature are not added to energy: counting registers only, unless asked.
    else if (!query.pointId) q = q.where('points.registerKind', '!=', 'instantaneous');
    if (!query.pointId && !query.siteId && !query.enterpriseId)
      throw new AppError('VALIDATION_FAILED', '请指定测点、厂区或企业 (name a point, site or enterprise)', [
        { field: 'pointId', rule: 'one of pointId, siteId, enterpriseId', message: 'none given' },
      ]);
    const rows = await q.orderBy('points.code').execute();
    return rows.filter((r) => isInScope(scope, { organisationId: r.orgId, kind: r.kind, divisionCode: r.divisionCode } as AccessTarget));
  };

  const series = async (scope: Scope, query: SeriesQuery) => {
    const points = await selectPoints(scope, query);
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(from < to))
      throw new AppError('VALIDATION_FAILED', '起始时刻须早于结束时刻 (from must be before to)', [
        { field: 'from', rule: 'from < to', message: query.from },
      ]);
    const meta = points.map((p) => ({ id: p.id, code: p.code, name: p.name, unit: p.unit, registerKind: p.registerKind as 'cumulative' }));
    if (points.length === 0) return { resolution: query.resolution, unit: null, points: meta, buckets: [] };
    const unit = points[0]!.unit;
    const factors = points.map((p) => {
      try {
        return { id: p.id, factor: p.unit === unit ? 1 : convertUnit(1, p.unit, unit) };
      } catch {
        throw new AppError(
          'VALIDATION_FAILED',
          `测点 ${p.code}（${p.unit}）与 ${points[0]!.code}（${unit}）单位量纲不同，不能相加 (units cannot be summed)`,
          [{ field: 'medium', rule: 'points of one dimension (filter by medium)', message: `${p.code}: ${p.unit}` }],
        );
      }
    });
    if (query.resolution === 'raw') {
      if (points.length !== 1)
        throw new AppError('VALIDATION_FAILED', '原始读数只能按单个测点查询 (raw readings: one point)', [
          { field: 'resolution', rule: 'raw needs pointId', message: String(points.length) },
        ]);
      const rows = await db
        .selectFrom('readings')
        .select(['ts', 'value'])
        .where('pointId', '=', points[0]!.id)
        .where('ts', '>=', from)
        .where('ts', '<', to)
        .orderBy('ts')
        .limit(RAW_LIMIT)
        .execute();
      return {
        resolution: query.resolution,
        unit,
        points: meta,
        buckets: rows.map((r) => ({
          bucket: r.ts.toISOString(),
          consumption: null,
          readings: 1,
          min: r.value,
          max: r.value,
          mean: r.value,
        })),
      };
    }
    const table = sql.table(TABLES[query.resolution]);
    const values = sql.join(factors.map((f) => sql`(${f.id}::uuid, ${f.factor}::double precision)`));
    const [lower, upper] =
      query.resolution === 'hour'
        ? [sql`${from}`, sql`${to}`]
        : [sql`${toShanghaiDate(from)}::date`, sql`${toShanghaiDate(new Date(to.getTime() - 1))}::date`];
    const rows = await sql<{
      bucket: Date | string;
      consumption: number | null;
      readings: number;
      min: number | null;
      max: number | null;
      sum: number | null;
    }>`
      SELECT r.bucket, sum(r.consumption * f.factor) AS consumption, sum(r.reading_count)::int AS readings,
             min(r.min_value * f.factor) AS min, max(r.max_value * f.factor) AS max, sum(r.sum_value * f.factor) AS sum
      FROM ${table} r JOIN (VALUES ${values}) AS f(point_id, factor) ON f.point_id = r.point_id
      WHERE r.bucket >= ${lower} AND r.bucket ${query.resolution === 'hour' ? sql`<` : sql`<=`} ${upper}
      GROUP BY r.bucket ORDER BY r.bucket`.execute(db);
    const label = (b: Date | string) => (b instanceof Date ? b.toISOString() : query.resolution === 'month' ? b.slice(0, 7) : b);
    return {
      resolution: query.resolution,
      unit,
      points: meta,
      buckets: rows.rows.map((r) => ({
        bucket: label(r.bucket),
        consumption: r.consumption,
        readings: r.readings,
        min: r.min,
        max: r.max,
        mean: r.sum !== null && r.readings > 0 ? r.sum / r.readings : null,
      })),
    };
  };

  /** CSV, streamed row by row; UTF-8 with a BOM so Excel opens the Chinese headers. */
  const seriesCsv = async (scope: Scope, query: SeriesQuery) => {
    const data = await series(scope, query);
    const header = `\uFEFF时段 bucket,用量 consumption (${data.unit ?? ''}),读数个数 readings,最小 min,最大 max,平均 mean\r\n`;
    const lines = function* () {
      yield header;
      for (const b of data.buckets)
        yield `${b.bucket},${b.consumption ?? ''},${b.readings},${b.min ?? ''},${b.max ?? ''},${b.mean ?? ''}\r\n`;
    };
    return Readable.from(lines());
  };

  /** XLSX through ExcelJS's streaming writer: rows are committed as they are written. */
  const seriesXlsx = async (scope: Scope, query: SeriesQuery) => {
    const data = await series(scope, query);
    const out = new PassThrough();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet('数据');
    sheet.columns = [
      { header: '时段', key: 'bucket', width: 22 },
      { header: `用量（${data.unit ?? ''}）`, key: 'consumption', width: 16 },
      { header: '读数个数', key: 'readings', width: 10 },
      { header: '最小', key: 'min', width: 14 },
      { header: '最大', key: 'max', width: 14 },
      { header: '平均', key: 'mean', width: 14 },
    ];
    void (async () => {
      for (const b of data.buckets) sheet.addRow(b).commit();
      const about = workbook.addWorksheet('说明');
      about
        .addRow(['测点', ...data.points.map((p) => `${p.code} ${p.name}（${p.unit}，${REGISTER_KIND_LABELS[p.registerKind]}）`)])
        .commit();
      about.addRow(['分辨率', data.resolution, '时区', 'Asia/Shanghai']).commit();
      await workbook.commit();
    })().catch((error: unknown) => out.destroy(error as Error));
    return out;
  };

  return { series, seriesCsv, seriesXlsx };
};
