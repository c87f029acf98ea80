import { sql, type Kysely } from 'kysely';
import { AppError, emissionFactorInputSchema, type EmissionFactor, type FactorKind } from '@jiliang/shared';
import { isFactorVersionSuperseded, resolveFactorVersion, tryParseUnit } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import { DEFAULT_FACTORS } from './factor-defaults.ts';

/**
 * The emission-factor library (issue 7 §1): versioned, effective-dated, never edited in place. POSTing a code that
 * exists makes its next version (with a reason); the runs that used the old version keep their values.
 */
export type FactorService = ReturnType<typeof createFactorService>;

type FactorRow = Awaited<ReturnType<ReturnType<typeof selectFactors>['execute']>>[number];
const selectFactors = (db: Kysely<Database>) => db.selectFrom('emissionFactors').selectAll();

const toFactor = (row: FactorRow, all: readonly FactorRow[]): EmissionFactor => ({
  id: row.id,
  code: row.code,
  version: row.version,
  kind: row.kind as FactorKind,
  subject: row.subject,
  name: row.name,
  region: row.region as EmissionFactor['region'],
  value: row.value,
  unit: row.unit,
  uRel: row.uRel,
  sourceDocument: row.sourceDocument,
  sourceEdition: row.sourceEdition,
  sourceTable: row.sourceTable,
  sourceRow: row.sourceRow,
  confirmation: row.confirmation as EmissionFactor['confirmation'],
  effectiveFrom: row.effectiveFrom,
  effectiveTo: row.effectiveTo,
  note: row.note,
  reason: row.reason,
  actorLabel: row.actorLabel,
  createdAt: row.createdAt.toISOString(),
  superseded: isFactorVersionSuperseded(
    row,
    all.filter((o) => o.code === row.code),
  ),
});

export const createFactorService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  /** Every version of every code (or of one code), oldest first; `current` keeps the versions nothing supersedes. */
  const listFactors = async (query: { code?: string; kind?: FactorKind; current?: boolean } = {}) => {
    let q = selectFactors(db);
    if (query.code) q = q.where('code', '=', query.code);
    if (query.kind) q = q.where('kind', '=', query.kind);
    const rows = await q.orderBy('kind').orderBy('code').orderBy('version').execute();
    const items = rows.map((r) => toFactor(r, rows));
    return query.current ? items.filter((f) => !f.superseded) : items;
  };

  const createFactor = async (actor: AuditActor, input: unknown): Promise<EmissionFactor> => {
    const value = emissionFactorInputSchema.parse(input);
    const unit = tryParseUnit(value.unit);
    if (!unit.ok)
      throw new AppError('VALIDATION_FAILED', `因子单位无法识别 (unit): ${unit.reason}`, [
        { field: 'unit', rule: 'a unit from the unit table (docs/formats/calc-emissions.md)', message: unit.reason },
      ]);
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      // One writer per code at a time, so two new versions never get the same number.
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`emission_factor:${value.code}`}))`.execute(trx);
      const previous = await trx
        .selectFrom('emissionFactors')
        .select(['version', 'kind', 'subject'])
        .where('code', '=', value.code)
        .orderBy('version', 'desc')
        .executeTakeFirst();
      if (previous && (previous.kind !== value.kind || previous.subject !== value.subject))
        throw new AppError('VALIDATION_FAILED', `因子 ${value.code} 已存在,类别与对象须一致 (a new version keeps kind and subject)`, [
          {
            field: previous.kind !== value.kind ? 'kind' : 'subject',
            rule: 'a new version of a code keeps its kind and subject',
            message: `${previous.kind}/${previous.subject}`,
          },
        ]);
      if (previous && !value.reason)
        throw new AppError('VALIDATION_FAILED', `因子 ${value.code} 的新版本须说明原因 (reason required for a new version)`, [
          {
            field: 'reason',
            rule: 'issue 7 §1: a change makes a new version, with its reason; nothing is edited in place',
            message: 'missing',
          },
        ]);
      const row = await trx
        .insertInto('emissionFactors')
        .values({
          code: value.code,
          version: (previous?.version ?? 0) + 1,
          kind: value.kind,
          subject: value.subject,
          name: value.name,
          region: value.region,
          value: value.value,
          unit: value.unit,
          uRel: value.uRel ?? null,
          sourceDocument: value.sourceDocument,
          sourceEdition: value.sourceEdition ?? null,
          sourceTable: value.sourceTable ?? null,
          sourceRow: value.sourceRow ?? null,
          confirmation: value.confirmation,
          effectiveFrom: value.effectiveFrom,
          effectiveTo: value.effectiveTo ?? null,
          note: value.note ?? null,
          reason: value.reason ?? null,
          actorLabel: actor.label,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        { actor, organisationId: null, action: 'emission_factor.create', entityType: 'emission_factor', entityId: row.id, after: value },
        now,
      );
      return row.id;
    });
    const created = (await listFactors({ code: value.code })).find((f) => f.id === id);
    if (!created) throw new AppError('INTERNAL', 'factor vanished after insert');
    return created;
  };

  /**
   * Loads the shipped defaults (factor-defaults.ts) in one transaction with one audit entry: codes already in the
   * library are left alone, so a restart or a second demo seed changes nothing.
   */
  const ensureDefaultFactors = async (actor: AuditActor) => {
    const present = new Set((await db.selectFrom('emissionFactors').select('code').distinct().execute()).map((r) => r.code));
    const missing = DEFAULT_FACTORS.filter((f) => !present.has(f.code));
    if (missing.length === 0) return { created: 0 };
    const now = clock.now();
    const versions = new Map<string, number>();
    const rows = missing.map((f) => {
      const version = (versions.get(f.code) ?? 0) + 1;
      versions.set(f.code, version);
      return {
        code: f.code,
        version,
        kind: f.kind,
        subject: f.subject,
        name: f.name,
        region: f.region,
        value: f.value,
        unit: f.unit,
        uRel: f.uRel ?? null,
        sourceDocument: f.sourceDocument,
        sourceEdition: f.sourceEdition ?? null,
        sourceTable: f.sourceTable ?? null,
        sourceRow: f.sourceRow ?? null,
        confirmation: f.confirmation,
        effectiveFrom: f.effectiveFrom,
        effectiveTo: f.effectiveTo ?? null,
        note: f.note ?? null,
        reason: version > 1 ? `${f.sourceEdition ?? '新数据年'} 发布` : null,
        actorLabel: actor.label,
        createdAt: now,
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('emissionFactors').values(rows).execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: null,
          action: 'emission_factor.load_defaults',
          entityType: 'emission_factor',
          entityId: null,
          after: { codes: [...versions.keys()] },
        },
        now,
      );
    });
    return { created: rows.length };
  };

  /** The version of each code that applies on `day` (undefined when none covers it). */
  const resolveFactors = async (codes: readonly string[], day: string) => {
    if (codes.length === 0) return new Map<string, FactorRow>();
    const rows = await selectFactors(db)
      .where('code', 'in', [...new Set(codes)])
      .execute();
    const byCode = new Map<string, FactorRow>();
    for (const code of new Set(codes)) {
      const hit = resolveFactorVersion(
        rows.filter((r) => r.code === code),
        day,
      );
      if (hit) byCode.set(code, hit);
    }
    return byCode;
  };

  return { listFactors, createFactor, ensureDefaultFactors, resolveFactors };
};
