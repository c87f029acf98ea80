import type { Kysely } from 'kysely';
import {
  AppError,
  capabilityInputSchema,
  standardInputSchema,
  type Capability,
  type MeasurementStandard,
  type StandardCheckInput,
} from '@jiliang/shared';
import { judgeRepeatability, judgeStability, toShanghaiDate } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';

/**
 * Measurement standards (计量标准, JJF 1033-2023), their repeatability and stability checks, and the
 * calibration and measurement capabilities of laboratories and centres (CM-6(4), BM-6(1)); CM-15 draws
 * its acceptance sample from the capabilities.
 */
/**
 * Institutions and laboratories hold standards and capabilities; so may an enterprise (its 企业最高计量标准,
 * Metrology Law art. 8, and an in-house laboratory). Bureaus hold none.
 */
const STANDARD_OWNER_KINDS = ['enterprise', 'institution', 'laboratory'];

export type StandardService = ReturnType<typeof createStandardService>;

export const createStandardService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const selectStandards = () =>
    db
      .selectFrom('measurementStandards')
      .innerJoin('organisations as owner', 'owner.id', 'measurementStandards.ownerId')
      .leftJoin('certificates', 'certificates.id', 'measurementStandards.latestCertificateId')
      .selectAll('measurementStandards')
      .select(['owner.name as ownerName', 'certificates.number as latestCertificateNumber']);

  const toStandard = (row: Awaited<ReturnType<ReturnType<typeof selectStandards>['execute']>>[number]): MeasurementStandard => ({
    id: row.id,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    name: row.name,
    code: row.code,
    level: row.level as MeasurementStandard['level'],
    measurand: row.measurand,
    rangeText: row.rangeText,
    uncertaintyText: row.uncertaintyText,
    mpeRelative: row.mpeRelative,
    intervalMonths: row.intervalMonths,
    status: row.status as MeasurementStandard['status'],
    latestCertificateNumber: row.latestCertificateNumber ?? null,
    dueDate: row.dueDate,
    createdAt: row.createdAt.toISOString(),
  });

  /** Standards are public metrology infrastructure: any signed-in reader may list them to cite them. */
  const listStandards = async (query: { ownerId?: string; q?: string; measurand?: string }) => {
    let q = selectStandards();
    if (query.ownerId) q = q.where('measurementStandards.ownerId', '=', query.ownerId);
    if (query.measurand) q = q.where('measurementStandards.measurand', '=', query.measurand);
    if (query.q) {
      const pattern = `%${query.q.replace(/[%_\\]/g, '\\$&')}%`;
      q = q.where((eb) => eb.or([eb('measurementStandards.name', 'ilike', pattern), eb('measurementStandards.code', 'ilike', pattern)]));
    }
    const rows = await q.orderBy('measurementStandards.level').orderBy('owner.name').orderBy('measurementStandards.name').execute();
    return { items: rows.map(toStandard), total: rows.length };
  };

  const getStandard = async (id: string) => {
    const row = await selectStandards().where('measurementStandards.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `计量标准 ${id} 不存在 (measurement standard not found)`, { entity: 'standard', id });
    return toStandard(row);
  };

  const ownerTargetOf = async (standardId: string) => {
    const standard = await getStandard(standardId);
    const org = await db
      .selectFrom('organisations')
      .select(['id', 'kind', 'divisionCode'])
      .where('id', '=', standard.ownerId)
      .executeTakeFirstOrThrow();
    return { organisationId: org.id, kind: org.kind, divisionCode: org.divisionCode };
  };

  const createStandard = async (actor: AuditActor, input: unknown) => {
    const value = standardInputSchema.parse(input);
    const owner = await db.selectFrom('organisations').select(['kind', 'name']).where('id', '=', value.ownerId).executeTakeFirst();
    if (!owner || !STANDARD_OWNER_KINDS.includes(owner.kind))
      throw new AppError('VALIDATION_FAILED', '计量标准须由企业、中心/基地或实验室建立 (bureaus hold no standards)', [
        {
          field: 'ownerId',
          rule: 'an enterprise, institution or laboratory (JJF 1033-2023; Metrology Law art. 6-8)',
          message: owner?.kind ?? 'not found',
        },
      ]);
    const id = await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('measurementStandards')
        .select('id')
        .where('ownerId', '=', value.ownerId)
        .where('code', '=', value.code)
        .executeTakeFirst();
      if (taken)
        throw new AppError('CONFLICT', `${owner.name} 已有编号为 ${value.code} 的计量标准 (standard code already used)`, [
          { field: 'code', rule: 'unique within the owner', message: value.code },
        ]);
      const now = clock.now();
      const row = await trx
        .insertInto('measurementStandards')
        .values({
          ...value,
          rangeText: value.rangeText ?? null,
          uncertaintyText: value.uncertaintyText ?? null,
          mpeRelative: value.mpeRelative ?? null,
          intervalMonths: value.intervalMonths ?? null,
          latestCertificateId: null,
          dueDate: null,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        { actor, organisationId: value.ownerId, action: 'standard.create', entityType: 'standard', entityId: row.id, after: value },
        now,
      );
      return row.id;
    });
    return getStandard(id);
  };

  // ---- JJF 1033-2023 checks ------------------------------------------------------------------

  const judge = (input: StandardCheckInput) =>
    input.kind === 'repeatability'
      ? judgeRepeatability({ readings: input.readings, m: input.m, budgetRepeatability: input.budgetRepeatability })
      : judgeStability({
          kind: input.standardKind,
          groups: input.groups,
          usedWithCorrection: input.usedWithCorrection,
          mpe: input.mpe,
          correctionExpandedUncertainty: input.correctionExpandedUncertainty,
        });

  const recordCheck = async (actor: AuditActor, standardId: string, input: StandardCheckInput) => {
    const standard = await getStandard(standardId);
    if (input.performedOn > toShanghaiDate(clock.now()))
      throw new AppError('VALIDATION_FAILED', '核查日期不得晚于今天 (performedOn in the future)', [
        { field: 'performedOn', rule: 'not after today (Asia/Shanghai)', message: input.performedOn },
      ]);
    const result = judge(input);
    const now = clock.now();
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('standardChecks')
        .values({
          standardId,
          kind: input.kind,
          performedOn: input.performedOn,
          input: JSON.stringify(input),
          result: JSON.stringify(result),
          verdict: result.verdict,
          rule: result.rule,
          actorLabel: actor.label,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: standard.ownerId,
          action: `standard.${input.kind}`,
          entityType: 'standard',
          entityId: standardId,
          after: { input, verdict: result.verdict },
        },
        now,
      );
      return row.id;
    });
    return (await listChecks(standardId)).find((c) => c.id === id)!;
  };

  const listChecks = async (standardId: string) =>
    (
      await db
        .selectFrom('standardChecks')
        .selectAll()
        .where('standardId', '=', standardId)
        .orderBy('performedOn', 'desc')
        .orderBy('createdAt', 'desc')
        .execute()
    ).map((r) => ({ ...r, kind: r.kind as 'repeatability' | 'stability', createdAt: r.createdAt.toISOString() }));

  // ---- Capabilities ----------------------------------------------------------------------------

  const listCapabilities = async (organisationId: string, options: { activeOnly?: boolean } = {}): Promise<Capability[]> => {
    let q = db
      .selectFrom('capabilities')
      .leftJoin('measurementStandards', 'measurementStandards.id', 'capabilities.standardId')
      .selectAll('capabilities')
      .select('measurementStandards.name as standardName')
      .where('capabilities.organisationId', '=', organisationId);
    if (options.activeOnly) q = q.where('capabilities.active', '=', true);
    const rows = await q.orderBy('capabilities.kind').orderBy('capabilities.name').execute();
    return rows.map((r) => ({
      ...r,
      kind: r.kind as Capability['kind'],
      standardName: r.standardName ?? null,
      createdAt: r.createdAt.toISOString(),
    }));
  };

  const createCapability = async (actor: AuditActor, organisationId: string, input: unknown) => {
    const value = capabilityInputSchema.parse(input);
    const org = await db.selectFrom('organisations').select(['kind', 'name']).where('id', '=', organisationId).executeTakeFirst();
    if (!org || !STANDARD_OWNER_KINDS.includes(org.kind))
      throw new AppError('VALIDATION_FAILED', '能力须登记在企业、中心/基地或实验室名下 (bureaus hold no capabilities)', [
        { field: 'organisationId', rule: 'an enterprise, institution or laboratory (CM-6(4))', message: org?.kind ?? 'not found' },
      ]);
    if (value.standardId) {
      const standard = await getStandard(value.standardId);
      if (standard.ownerId !== organisationId)
        throw new AppError('VALIDATION_FAILED', '能力所依托的计量标准须属于本单位 (the standard must be the organisation’s own)', [
          { field: 'standardId', rule: 'a standard of the same organisation', message: value.standardId },
        ]);
    }
    const id = await db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('capabilities')
        .select('id')
        .where('organisationId', '=', organisationId)
        .where('kind', '=', value.kind)
        .where('name', '=', value.name)
        .executeTakeFirst();
      if (taken)
        throw new AppError('CONFLICT', `能力“${value.name}”已登记 (capability already registered)`, [
          { field: 'name', rule: 'unique per organisation and kind', message: value.name },
        ]);
      const now = clock.now();
      const row = await trx
        .insertInto('capabilities')
        .values({
          ...value,
          organisationId,
          rangeText: value.rangeText ?? null,
          uncertaintyText: value.uncertaintyText ?? null,
          method: value.method ?? null,
          standardId: value.standardId ?? null,
          createdAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        { actor, organisationId, action: 'capability.create', entityType: 'capability', entityId: row.id, after: value },
        now,
      );
      return row.id;
    });
    return (await listCapabilities(organisationId)).find((c) => c.id === id)!;
  };

  /** Withdraw or restore a capability; it is never deleted, so past CM-15 draws stay explainable. */
  const setCapabilityActive = async (actor: AuditActor, capabilityId: string, active: boolean) => {
    const row = await db.selectFrom('capabilities').select(['organisationId', 'active']).where('id', '=', capabilityId).executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', `能力 ${capabilityId} 不存在 (capability not found)`, { entity: 'capability', id: capabilityId });
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('capabilities').set({ active }).where('id', '=', capabilityId).execute();
      await appendAudit(
        trx,
        {
          actor,
          organisationId: row.organisationId,
          action: 'capability.active',
          entityType: 'capability',
          entityId: capabilityId,
          before: { active: row.active },
          after: { active },
        },
        clock.now(),
      );
    });
    return (await listCapabilities(row.organisationId)).find((c) => c.id === capabilityId)!;
  };

  const capabilityOrganisationOf = async (capabilityId: string) => {
    const row = await db.selectFrom('capabilities').select('organisationId').where('id', '=', capabilityId).executeTakeFirst();
    if (!row)
      throw new AppError('NOT_FOUND', `能力 ${capabilityId} 不存在 (capability not found)`, { entity: 'capability', id: capabilityId });
    return row.organisationId;
  };

  /** CM-15: the population the acceptance sample is drawn from, per kind, in a stable order. */
  const samplingPopulation = async (organisationId: string) => {
    const items = await listCapabilities(organisationId, { activeOnly: true });
    const label = (c: Capability) => (c.rangeText ? `${c.name}（${c.rangeText}）` : c.name);
    return {
      verificationCalibration: items.filter((c) => c.kind === 'verification_calibration').map(label),
      keyParameter: items.filter((c) => c.kind === 'key_parameter').map(label),
    };
  };

  /**
   * The national metrology institute that keeps the national primary standards (国家计量基准), the roots of
   * every chain. It sits outside Hubei (Beijing, GB/T 2260 110105), so it is registered here rather than
   * through the organisation form, which takes Hubei units only. Idempotent.
   */
  const ensureNationalInstitute = async (actor: AuditActor) => {
    const name = '中国计量科学研究院';
    const existing = await db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', name)
      .where('kind', '=', 'laboratory')
      .executeTakeFirst();
    if (existing) return existing.id;
    return db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto('organisations')
        .values({
          kind: 'laboratory',
          name,
          nameEn: 'National Institute of Metrology, China',
          divisionCode: '110105',
          regionCode: null,
          industry: '计量服务',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(
        trx,
        { actor, organisationId: id, action: 'organisation.create', entityType: 'organisation', entityId: id, after: { name } },
        clock.now(),
      );
      return id;
    });
  };

  return {
    ensureNationalInstitute,
    listStandards,
    getStandard,
    ownerTargetOf,
    createStandard,
    recordCheck,
    listChecks,
    listCapabilities,
    createCapability,
    setCapabilityActive,
    capabilityOrganisationOf,
    samplingPopulation,
  };
};
