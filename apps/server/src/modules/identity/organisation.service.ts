import type { Kysely } from 'kysely';
import {
  AppError,
  HUBEI_PROVINCE_CODE,
  HUBEI_REGIONS,
  findRegionOf,
  type CreateOrganisation,
  type Organisation,
  type OrganisationKind,
  type Site,
  type SiteLevel,
} from '@jiliang/shared';
import type { AccessTarget, Scope } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';
import {
  findOrganisationByCreditCode,
  findOrganisationById,
  findSiteById,
  insertInstitution,
  insertOrganisation,
  insertSite,
  listOrganisationRows,
  listSiteRows,
  type OrganisationFilter,
} from './organisation.repository.ts';

type OrganisationRecord = NonNullable<Awaited<ReturnType<typeof findOrganisationById>>>;

const toOrganisation = (row: OrganisationRecord): Organisation => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  nameEn: row.nameEn,
  creditCode: row.creditCode,
  divisionCode: row.divisionCode,
  regionCode: row.regionCode,
  parentId: row.parentId,
  institutionType: row.institutionType ?? null,
  stage: row.stage ?? null,
  industry: row.industry,
  createdAt: row.createdAt.toISOString(),
});

export const filterForScope = (scope: Scope): OrganisationFilter | 'nothing' => {
  switch (scope.kind) {
    case 'all':
      return {};
    case 'none':
      return 'nothing';
    case 'organisations':
      return { ids: scope.organisationIds };
    case 'region':
      return { region: { regionCode: scope.regionCode, bureauId: scope.organisationId } };
  }
};

export type OrganisationService = ReturnType<typeof createOrganisationService>;

export const createOrganisationService = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const getOrganisation = async (id: string): Promise<Organisation> => {
    const row = await findOrganisationById(db, id);
    if (!row) throw new AppError('NOT_FOUND', `组织 ${id} 不存在 (organisation ${id} not found)`, { entity: 'organisation', id });
    return toOrganisation(row);
  };

  const getAccessTarget = async (id: string): Promise<AccessTarget> => {
    const org = await getOrganisation(id);
    return { organisationId: org.id, kind: org.kind, divisionCode: org.divisionCode };
  };

  const listOrganisations = async (scope: Scope, query: { kind?: OrganisationKind; q?: string; page: number; pageSize: number }) => {
    const filter = filterForScope(scope);
    if (filter === 'nothing') return { items: [], total: 0 };
    const { rows, total } = await listOrganisationRows(
      db,
      { ...filter, kind: query.kind, q: query.q },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return { items: rows.map(toOrganisation), total };
  };

  const createOrganisation = async (actor: AuditActor, input: CreateOrganisation & { stage?: string }): Promise<Organisation> => {
    const region = findRegionOf(input.divisionCode);
    if (!region) {
      throw new AppError(
        'VALIDATION_FAILED',
        `行政区划代码 ${input.divisionCode} 不属于湖北省任何市州 (divisionCode is not in any of Hubei's 17 regions, GB/T 2260)`,
        [{ field: 'divisionCode', rule: 'GB/T 2260 code within Hubei', message: `${input.divisionCode} is not a Hubei division code` }],
      );
    }
    if (input.creditCode) {
      const existing = await findOrganisationByCreditCode(db, input.creditCode);
      if (existing) {
        throw new AppError('CONFLICT', `统一社会信用代码 ${input.creditCode} 已登记为“${existing.name}” (credit code already registered)`, [
          { field: 'creditCode', rule: 'unique', message: `already registered to ${existing.name}` },
        ]);
      }
    }
    const id = await db.transaction().execute(async (trx) => {
      const { id } = await insertOrganisation(trx, {
        kind: input.kind,
        name: input.name,
        nameEn: input.nameEn ?? null,
        creditCode: input.creditCode ?? null,
        divisionCode: input.divisionCode,
        regionCode: region.code,
        parentId: input.parentId ?? null,
        industry: input.industry ?? null,
      });
      if (input.kind === 'institution' && input.institutionType) {
        await insertInstitution(trx, {
          organisationId: id,
          institutionType: input.institutionType,
          stage: input.stage ?? 'application',
          stageSince: clock.now(),
        });
      }
      await appendAudit(
        trx,
        { actor, organisationId: id, action: 'organisation.create', entityType: 'organisation', entityId: id, after: input },
        clock.now(),
      );
      return id;
    });
    return getOrganisation(id);
  };

  /** The provincial bureau and the 17 local bureaus (GB/T 2260). Idempotent: existing ones are kept. */
  const ensureBureaus = async (actor: AuditActor): Promise<{ provinceId: string; bureauIds: Record<string, string> }> =>
    db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('organisations')
        .select(['id', 'kind', 'divisionCode'])
        .where('kind', 'in', ['province_bureau', 'local_bureau'])
        .execute();
      const byCode = new Map(existing.map((row) => [row.divisionCode, row.id]));
      const create = async (
        kind: 'province_bureau' | 'local_bureau',
        code: string,
        name: string,
        nameEn: string,
        parentId: string | null,
      ) => {
        const found = byCode.get(code);
        if (found) return found;
        const { id } = await insertOrganisation(trx, {
          kind,
          name,
          nameEn,
          creditCode: null,
          divisionCode: code,
          regionCode: kind === 'local_bureau' ? code : null,
          parentId,
          industry: null,
        });
        await appendAudit(
          trx,
          {
            actor,
            organisationId: id,
            action: 'organisation.create',
            entityType: 'organisation',
            entityId: id,
            after: { kind, code, name },
          },
          clock.now(),
        );
        return id;
      };
      const provinceId = await create(
        'province_bureau',
        HUBEI_PROVINCE_CODE,
        '湖北省市场监督管理局',
        'Hubei Provincial Administration for Market Regulation',
        null,
      );
      const bureauIds: Record<string, string> = {};
      for (const region of HUBEI_REGIONS) {
        bureauIds[region.code] = await create(
          'local_bureau',
          region.code,
          `${region.name}市场监督管理局`,
          `${region.nameEn} Administration for Market Regulation`,
          provinceId,
        );
      }
      return { provinceId, bureauIds };
    });

  const listSites = async (enterpriseId: string): Promise<{ items: Site[]; total: number }> => {
    const rows = await listSiteRows(db, enterpriseId);
    return { items: rows, total: rows.length };
  };

  const createSite = async (
    actor: AuditActor,
    enterpriseId: string,
    input: { parentId?: string; level: SiteLevel; name: string; nameEn?: string },
  ): Promise<Site> => {
    const enterprise = await getOrganisation(enterpriseId);
    if (enterprise.kind !== 'enterprise') {
      throw new AppError('VALIDATION_FAILED', '只有企业可以登记厂区和用能单元 (sites belong to enterprises)', [
        { field: 'enterpriseId', rule: 'must be an enterprise', message: enterprise.kind },
      ]);
    }
    if (input.parentId) {
      const parent = await findSiteById(db, input.parentId);
      if (!parent || parent.enterpriseId !== enterpriseId) {
        throw new AppError('VALIDATION_FAILED', '上级厂区不属于该企业 (parentId must be a site of the same enterprise)', [
          { field: 'parentId', rule: 'site of the same enterprise', message: 'not found in this enterprise' },
        ]);
      }
    } else if (input.level === 'sub_unit') {
      throw new AppError('VALIDATION_FAILED', '用能单元必须挂在厂区之下 (a sub-unit needs a parent site)', [
        { field: 'parentId', rule: 'required for sub_unit', message: 'missing' },
      ]);
    }
    return db.transaction().execute(async (trx) => {
      const site = await insertSite(trx, {
        enterpriseId,
        parentId: input.parentId ?? null,
        level: input.level,
        name: input.name,
        nameEn: input.nameEn ?? null,
      });
      await appendAudit(
        trx,
        { actor, organisationId: enterpriseId, action: 'site.create', entityType: 'site', entityId: site.id, after: site },
        clock.now(),
      );
      return site;
    });
  };

  /** An organisation by id, unified social credit code, or (for bureaus) GB/T 2260 code: for the CLI. */
  const resolveOrganisationRef = async (ref: string): Promise<Organisation> => {
    const trimmed = ref.trim().toUpperCase();
    if (/^[0-9a-f-]{36}$/i.test(ref.trim())) return getOrganisation(ref.trim().toLowerCase());
    const column = trimmed.length === 18 ? 'creditCode' : 'divisionCode';
    const kinds = column === 'divisionCode' ? (['province_bureau', 'local_bureau'] as const) : undefined;
    let query = db.selectFrom('organisations').select('id').where(column, '=', trimmed);
    if (kinds) query = query.where('kind', 'in', kinds);
    const row = await query.executeTakeFirst();
    if (!row)
      throw new AppError(
        'NOT_FOUND',
        `找不到组织 ${ref}：请给出组织 id、统一社会信用代码或市场监管局的行政区划代码 (no organisation matches ${ref})`,
        { ref },
      );
    return getOrganisation(row.id);
  };

  return {
    getOrganisation,
    getAccessTarget,
    resolveOrganisationRef,
    listOrganisations,
    createOrganisation,
    ensureBureaus,
    listSites,
    createSite,
  };
};
