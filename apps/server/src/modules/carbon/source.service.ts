import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  activityEntryInputSchema,
  AppError,
  REPORTING_ENTITY_KINDS,
  enterpriseSourceInputSchema,
  SOURCE_PARAMETERS,
  type ActivityEntry,
  type CalcEmissionsInput,
  type EnterpriseSource,
  type FieldIssue,
  type ParameterBinding,
} from '@jiliang/shared';
import { buildEmissionModels, isSameDimension, toShanghaiDate, tryParseUnit } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { FactorService } from './factor.service.ts';

/**
 * Emission sources of an enterprise in the GB/T 32150 structure (issue 7 §2) and their manual activity entries.
 * A source is checked when it is created by building its model with the current factors, so a unit that cannot
 * work (an NCV in GJ/t for a gas measured in Nm³) is refused then, not at the year's end.
 */
export type SourceService = ReturnType<typeof createSourceService>;

const invalid = (message: string, issues: FieldIssue[]) => new AppError('VALIDATION_FAILED', message, issues);

export const createSourceService = ({ db, clock, factors }: { db: Kysely<Database>; clock: Clock; factors: FactorService }) => {
  const selectSources = () =>
    db
      .selectFrom('emissionSources')
      .leftJoin('sites', 'sites.id', 'emissionSources.siteId')
      .leftJoin('points', 'points.id', 'emissionSources.pointId')
      .selectAll('emissionSources')
      .select(['sites.name as siteName', 'points.code as pointCode']);
  type Row = Awaited<ReturnType<ReturnType<typeof selectSources>['execute']>>[number];

  const toSource = (r: Row): EnterpriseSource => ({
    id: r.id,
    enterpriseId: r.enterpriseId,
    code: r.code,
    name: r.name,
    siteId: r.siteId,
    siteName: r.siteName ?? null,
    kind: r.kind as EnterpriseSource['kind'],
    subject: r.subject,
    pointId: r.pointId,
    pointCode: r.pointCode ?? null,
    activityUnit: r.activityUnit,
    parameters: r.parameters as Record<string, ParameterBinding>,
    gas: r.gas as EnterpriseSource['gas'],
    origin: r.origin as EnterpriseSource['origin'],
    biomass: r.biomass,
    active: r.active,
    createdAt: r.createdAt.toISOString(),
  });

  const listSources = async (enterpriseId: string, options: { activeOnly?: boolean } = {}) => {
    let q = selectSources().where('emissionSources.enterpriseId', '=', enterpriseId);
    if (options.activeOnly) q = q.where('emissionSources.active', '=', true);
    return (await q.orderBy('emissionSources.code').execute()).map(toSource);
  };

  const getSource = async (id: string) => {
    const row = await selectSources().where('emissionSources.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `排放源 ${id} 不存在 (emission source not found)`, { entity: 'emission_source', id });
    return toSource(row);
  };

  const enterpriseOfSource = async (id: string) => (await getSource(id)).enterpriseId;

  /** Every parameter bound, each factor code known, units that build a model: or the issues, each naming its field. */
  const checkSource = async (enterpriseId: string, value: ReturnType<typeof enterpriseSourceInputSchema.parse>) => {
    const issues: FieldIssue[] = [];
    const spec = SOURCE_PARAMETERS[value.kind];
    for (const name of spec.required)
      if (!value.parameters[name])
        issues.push({
          field: `parameters.${name}`,
          rule: `GB/T 32150: ${value.kind} needs ${spec.required.join(', ')}`,
          message: 'missing',
        });
    for (const name of Object.keys(value.parameters))
      if (![...spec.required, ...spec.optional].includes(name))
        issues.push({
          field: `parameters.${name}`,
          rule: `${value.kind} takes ${[...spec.required, ...spec.optional].join(', ') || 'no parameters'}`,
          message: 'unknown parameter',
        });
    if (value.kind === 'non_co2' && !value.gas)
      issues.push({ field: 'gas', rule: 'non_co2 sources name the gas (CH4 or N2O)', message: 'missing' });
    const unit = tryParseUnit(value.activityUnit);
    if (!unit.ok)
      issues.push({ field: 'activityUnit', rule: 'a unit from the unit table (docs/formats/calc-emissions.md)', message: unit.reason });
    if (value.pointId) {
      const point = await db
        .selectFrom('points')
        .select(['enterpriseId', 'unit', 'code'])
        .where('id', '=', value.pointId)
        .executeTakeFirst();
      if (!point || point.enterpriseId !== enterpriseId)
        issues.push({ field: 'pointId', rule: "a point of the source's own enterprise", message: value.pointId });
      else if (unit.ok && !isSameDimension(point.unit, value.activityUnit))
        issues.push({
          field: 'activityUnit',
          rule: `convertible from the point's unit ${point.unit} (${point.code})`,
          message: value.activityUnit,
        });
    }
    if (value.siteId) {
      const site = await db.selectFrom('sites').select('enterpriseId').where('id', '=', value.siteId).executeTakeFirst();
      if (!site || site.enterpriseId !== enterpriseId)
        issues.push({ field: 'siteId', rule: "a site of the source's own enterprise", message: value.siteId });
    }
    const codes = Object.entries(value.parameters).flatMap(([, b]) => ('factor' in b ? [b.factor] : []));
    const today = toShanghaiDate(clock.now());
    const known = await factors.listFactors({});
    for (const [name, b] of Object.entries(value.parameters))
      if ('factor' in b && !known.some((f) => f.code === b.factor))
        issues.push({ field: `parameters.${name}.factor`, rule: 'a code of the factor library (/api/carbon/factors)', message: b.factor });
    if (issues.length) throw invalid(`排放源 ${value.code} 的设置有误 (emission source is not valid)`, issues);
    // Build the model once with the factors in force today, so that incompatible units are refused now.
    const resolved = await factors.resolveFactors(codes, today);
    const latest = (code: string) => resolved.get(code) ?? known.filter((f) => f.code === code).at(-1)!;
    const params = Object.fromEntries(
      Object.entries(value.parameters).map(([name, b]) => [
        name,
        'factor' in b ? { value: latest(b.factor).value, unit: latest(b.factor).unit } : b,
      ]),
    );
    const trial = {
      gwpSet: 'AR6',
      sources: [
        {
          id: value.code,
          kind: value.kind,
          quantity: { value: 1, unit: value.activityUnit },
          gas: value.gas ?? undefined,
          origin: value.origin ?? 'fossil',
          biomass: value.biomass,
          ...params,
        },
      ],
    } as unknown as CalcEmissionsInput;
    try {
      buildEmissionModels(trial);
    } catch (error) {
      if (!(error instanceof AppError) || !Array.isArray(error.details)) throw error;
      const mapped = (error.details as FieldIssue[]).map((d) => ({
        ...d,
        field: d.field.replace(/^sources\[0\]\.quantity/, 'activityUnit').replace(/^sources\[0\]\./, 'parameters.'),
      }));
      throw invalid(`排放源 ${value.code} 的单位无法计算 (units do not fit the model)`, mapped);
    }
  };

  const createSource = async (actor: AuditActor, enterpriseId: string, input: unknown) => {
    const value = enterpriseSourceInputSchema.parse(input);
    const org = await db.selectFrom('organisations').select('kind').where('id', '=', enterpriseId).executeTakeFirst();
    if (!org || !REPORTING_ENTITY_KINDS.includes(org.kind))
      throw invalid('排放源属于报告单位 (emission sources belong to a reporting entity)', [
        {
          field: 'enterpriseId',
          rule: 'an enterprise, institution or laboratory (GB/T 32150 reporting entity)',
          message: org?.kind ?? 'not found',
        },
      ]);
    await checkSource(enterpriseId, value);
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('emissionSources')
        .select('id')
        .where('enterpriseId', '=', enterpriseId)
        .where('code', '=', value.code)
        .executeTakeFirst();
      if (taken)
        throw new AppError('CONFLICT', `排放源编号 ${value.code} 已存在 (source code already used)`, [
          { field: 'code', rule: 'unique within the enterprise', message: value.code },
        ]);
      const row = await trx
        .insertInto('emissionSources')
        .values({
          enterpriseId,
          code: value.code,
          name: value.name,
          siteId: value.siteId ?? null,
          kind: value.kind,
          subject: value.subject,
          pointId: value.pointId ?? null,
          activityUnit: value.activityUnit,
          parameters: JSON.stringify(value.parameters),
          gas: value.gas ?? null,
          origin: value.origin ?? null,
          biomass: value.biomass ?? false,
          active: true,
          actorLabel: actor.label,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: enterpriseId,
          action: 'emission_source.create',
          entityType: 'emission_source',
          entityId: row.id,
          after: value,
        },
        now,
      );
      return row.id;
    });
    return getSource(id);
  };

  /** A source is retired, never deleted: the runs that used it keep pointing at it. */
  const setSourceActive = async (actor: AuditActor, id: string, active: boolean) => {
    const source = await getSource(id);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('emissionSources').set({ active }).where('id', '=', id).execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: source.enterpriseId,
          action: active ? 'emission_source.activate' : 'emission_source.retire',
          entityType: 'emission_source',
          entityId: id,
          before: { active: source.active },
          after: { active },
        },
        now,
      );
    });
    return getSource(id);
  };

  const toEntry = (r: Awaited<ReturnType<typeof listEntryRows>>[number]): ActivityEntry => ({
    id: r.id,
    sourceId: r.sourceId,
    month: r.month.slice(0, 7),
    value: r.value,
    unit: r.unit,
    uRel: r.uRel,
    evidence: r.evidence,
    supersededBy: r.supersededBy,
    actorLabel: r.actorLabel,
    createdAt: r.createdAt.toISOString(),
  });
  const listEntryRows = (sourceIds: readonly string[]) =>
    sourceIds.length
      ? db.selectFrom('activityEntries').selectAll().where('sourceId', 'in', sourceIds).orderBy('month').orderBy('createdAt').execute()
      : Promise.resolve([]);
  const listEntries = async (sourceIds: readonly string[]) => (await listEntryRows(sourceIds)).map(toEntry);

  /** A month's manual activity with its evidence; a second entry for the month supersedes the first, which is kept. */
  const addEntry = async (actor: AuditActor, sourceId: string, input: unknown) => {
    const value = activityEntryInputSchema.parse(input);
    const source = await getSource(sourceId);
    const unit = tryParseUnit(value.unit);
    if (!unit.ok || !isSameDimension(value.unit, source.activityUnit))
      throw invalid(`活动数据单位须可换算为 ${source.activityUnit} (unit)`, [
        {
          field: 'unit',
          rule: `convertible to the source's activity unit ${source.activityUnit}`,
          message: unit.ok ? value.unit : unit.reason,
        },
      ]);
    if (`${value.month}-01` > toShanghaiDate(clock.now()))
      throw invalid('活动数据月份不得晚于本月 (month in the future)', [
        { field: 'month', rule: 'not after the current month (Asia/Shanghai)', message: value.month },
      ]);
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('activityEntries')
        .select('id')
        .where('sourceId', '=', sourceId)
        .where('month', '=', `${value.month}-01`)
        .where('supersededBy', 'is', null)
        .executeTakeFirst();
      const row = { id: randomUUID() };
      // The old entry is marked first (the reference is checked at commit), so at most one entry per month is current.
      if (current) await trx.updateTable('activityEntries').set({ supersededBy: row.id }).where('id', '=', current.id).execute();
      await trx
        .insertInto('activityEntries')
        .values({
          id: row.id,
          sourceId,
          month: `${value.month}-01`,
          value: value.value,
          unit: value.unit,
          uRel: value.uRel ?? null,
          evidence: value.evidence,
          supersededBy: null,
          actorLabel: actor.label,
          createdAt: now,
        })
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: source.enterpriseId,
          action: 'activity_entry.create',
          entityType: 'activity_entry',
          entityId: row.id,
          before: current ? { supersedes: current.id } : undefined,
          after: value,
        },
        now,
      );
      return row.id;
    });
    return (await listEntries([sourceId])).find((e) => e.id === id)!;
  };

  return { listSources, getSource, enterpriseOfSource, createSource, setSourceActive, listEntries, addEntry };
};
