import type { Kysely } from 'kysely';
import {
  accountingRunInputSchema,
  AppError,
  REPORTING_ENTITY_KINDS,
  HUBEI_REGIONS,
  type AccountingRecord,
  type AccountingResult,
  type AccountingRun,
  type AccountingRunSummary,
  type CarbonTotalGroup,
  type CarbonTotals,
  type RunVerification,
} from '@jiliang/shared';
import {
  CARBON_METHOD_VERSION,
  compareAccountingRuns,
  computeAccountingResult,
  isInScope,
  toShanghaiDate,
  verifyAccountingRun,
  type AccessTarget,
  type Scope,
} from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import type { TraceabilityService } from '../instruments/traceability.service.ts';
import { buildAccountingRecord } from './accounting-record.ts';
import type { FactorService } from './factor.service.ts';
import type { SourceService } from './source.service.ts';

/**
 * Accounting runs (issue 7 §3): build the record, compute the result with the pure core, store both. A run is never
 * changed: re-running makes a new run, and `compare` shows what moved per source and which factor versions changed.
 */
export type AccountingService = ReturnType<typeof createAccountingService>;

type Deps = { db: Kysely<Database>; clock: Clock; factors: FactorService; sources: SourceService; traceability: TraceabilityService };

export const createAccountingService = (deps: Deps) => {
  const { db, clock } = deps;

  const getEnterprise = async (id: string) => {
    const org = await db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
    if (!org) throw new AppError('NOT_FOUND', `组织 ${id} 不存在`, { entity: 'organisation', id });
    if (!REPORTING_ENTITY_KINDS.includes(org.kind))
      throw new AppError('VALIDATION_FAILED', '碳排放核算的对象是报告单位 (accounting runs are for reporting entities)', [
        { field: 'enterpriseId', rule: 'an enterprise, institution or laboratory (GB/T 32150 reporting entity)', message: org.kind },
      ]);
    return org;
  };

  /** The record and result of a run, without storing it (the bench and a preview use this). */
  const computeRun = async (enterpriseId: string, input: unknown) => {
    const value = accountingRunInputSchema.parse(input);
    const enterprise = await getEnterprise(enterpriseId);
    const record = await buildAccountingRecord(deps, enterprise, value, toShanghaiDate(clock.now()));
    return { record, result: computeAccountingResult(record), note: value.note ?? null };
  };

  const createRun = async (actor: AuditActor, enterpriseId: string, input: unknown): Promise<AccountingRun> => {
    const { record, result, note } = await computeRun(enterpriseId, input);
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('accountingRuns')
        .values({
          enterpriseId,
          periodStart: record.periodStart,
          periodEnd: record.periodEnd,
          methodVersion: record.methodVersion,
          record: JSON.stringify(record),
          result: JSON.stringify(result),
          totalTco2: result.emissions.totalTco2,
          expandedUncertaintyTco2: result.emissions.uncertainty.UTco2,
          measuredShare: result.measuredShare,
          note,
          actorLabel: actor.label,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('accountingRunSources')
        .values(
          result.emissions.sources.map((s) => {
            const p = record.provenance.find((x) => x.sourceId === s.id)!;
            return {
              runId: row.id,
              sourceId: s.id,
              kind: s.kind,
              subject: p.subject,
              siteId: p.siteId,
              tco2: s.tco2,
              uTco2: s.uTco2,
              measuredTco2: s.countedInTotal && s.tco2 > 0 ? s.tco2 * (record.measuredFractions[s.id] ?? 0) : 0,
            };
          }),
        )
        .execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: enterpriseId,
          action: 'accounting_run.create',
          entityType: 'accounting_run',
          entityId: row.id,
          after: {
            periodStart: record.periodStart,
            periodEnd: record.periodEnd,
            totalTco2: result.emissions.totalTco2,
            methodVersion: record.methodVersion,
          },
        },
        now,
      );
      return row.id;
    });
    return getRun(id);
  };

  const getRun = async (id: string): Promise<AccountingRun> => {
    const row = await db.selectFrom('accountingRuns').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `核算记录 ${id} 不存在 (accounting run not found)`, { entity: 'accounting_run', id });
    return {
      id: row.id,
      enterpriseId: row.enterpriseId,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      methodVersion: row.methodVersion,
      note: row.note,
      actorLabel: row.actorLabel,
      createdAt: row.createdAt.toISOString(),
      record: row.record as AccountingRecord,
      result: row.result as AccountingResult,
    };
  };

  const enterpriseOfRun = async (id: string) => (await getRun(id)).enterpriseId;

  const listRuns = async (enterpriseId: string): Promise<AccountingRunSummary[]> =>
    (
      await db
        .selectFrom('accountingRuns')
        .select([
          'id',
          'enterpriseId',
          'periodStart',
          'periodEnd',
          'totalTco2',
          'expandedUncertaintyTco2',
          'measuredShare',
          'note',
          'actorLabel',
          'createdAt',
        ])
        .where('enterpriseId', '=', enterpriseId)
        .orderBy('periodStart', 'desc')
        .orderBy('createdAt', 'desc')
        .execute()
    ).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));

  /** Recomputes the stored result from the stored record (JJF 1059.1 figures, Monte Carlo with its seed) and names every difference. */
  const verifyRun = async (id: string): Promise<RunVerification> => {
    const run = await getRun(id);
    const differences = verifyAccountingRun(run.record, run.result);
    return {
      runId: id,
      verified: differences.length === 0,
      methodVersion: run.methodVersion,
      currentMethodVersion: CARBON_METHOD_VERSION,
      differences,
    };
  };

  const compareRuns = async (baseId: string, otherId: string) => {
    const [base, other] = await Promise.all([getRun(baseId), getRun(otherId)]);
    if (base.enterpriseId !== other.enterpriseId)
      throw new AppError('VALIDATION_FAILED', '只能比较同一企业的核算 (runs of one enterprise)', [
        { field: 'otherId', rule: 'a run of the same enterprise', message: otherId },
      ]);
    return compareAccountingRuns(base, other);
  };

  /**
   * Dual control (能耗双控 / 碳排放双控): each enterprise's latest run covering exactly the calendar year, summed by
   * enterprise, industry or prefecture. U of a sum of independent enterprises in quadrature (IPCC 2006 Vol.1 Eq.3.2);
   * the measured share weighted by each enterprise's total.
   */
  const totals = async (scope: Scope, year: number, by: CarbonTotalGroup): Promise<CarbonTotals> => {
    const rows = await db
      .selectFrom('accountingRuns as r')
      .innerJoin('organisations as o', 'o.id', 'r.enterpriseId')
      .select([
        'r.enterpriseId',
        'r.totalTco2',
        'r.expandedUncertaintyTco2',
        'r.measuredShare',
        'r.createdAt',
        'o.name',
        'o.industry',
        'o.regionCode',
        'o.divisionCode',
        'o.kind',
      ])
      .where('r.periodStart', '=', `${year}-01-01`)
      .where('r.periodEnd', '=', `${year}-12-31`)
      .orderBy('r.createdAt', 'desc')
      .execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows)
      if (
        !latest.has(r.enterpriseId) &&
        isInScope(scope, { organisationId: r.enterpriseId, kind: r.kind, divisionCode: r.divisionCode } as AccessTarget)
      )
        latest.set(r.enterpriseId, r);
    const groups = new Map<string, { label: string; items: (typeof rows)[number][] }>();
    for (const r of latest.values()) {
      const key = by === 'enterprise' ? r.enterpriseId : by === 'industry' ? (r.industry ?? '—') : (r.regionCode ?? '—');
      const label =
        by === 'enterprise'
          ? r.name
          : by === 'industry'
            ? (r.industry ?? '未分类')
            : (HUBEI_REGIONS.find((g) => g.code === r.regionCode)?.name ?? '未知地区');
      const group = groups.get(key) ?? { label, items: [] };
      group.items.push(r);
      groups.set(key, group);
    }
    const result = [...groups.entries()].map(([key, g]) => {
      const total = g.items.reduce((s, r) => s + r.totalTco2, 0);
      const weighted = g.items.filter((r) => r.measuredShare !== null);
      const weight = weighted.reduce((s, r) => s + Math.abs(r.totalTco2), 0);
      return {
        key,
        label: g.label,
        enterprises: g.items.length,
        totalTco2: total,
        expandedUncertaintyTco2: Math.sqrt(g.items.reduce((s, r) => s + r.expandedUncertaintyTco2 ** 2, 0)),
        measuredShare: weight > 0 ? weighted.reduce((s, r) => s + r.measuredShare! * Math.abs(r.totalTco2), 0) / weight : null,
      };
    });
    return { year, by, rows: result.sort((a, b) => b.totalTco2 - a.totalTco2) };
  };

  return { computeRun, createRun, getRun, enterpriseOfRun, listRuns, verifyRun, compareRuns, totals };
};
