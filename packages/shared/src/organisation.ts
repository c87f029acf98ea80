import { z } from 'zod';
import { checkCreditCode } from './credit-code.ts';

export const ORGANISATION_KINDS = ['province_bureau', 'local_bureau', 'institution', 'enterprise', 'laboratory'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** CM = carbon metrology centre (碳计量中心), BM = metrology data application base (计量数据建设应用基地). */
export const INSTITUTION_TYPES = ['carbon_metrology_centre', 'data_application_base'] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { zh: string; en: string }> = {
  province_bureau: { zh: '省市场监管局', en: 'Provincial bureau' },
  local_bureau: { zh: '市州市场监管局', en: 'Local bureau' },
  institution: { zh: '中心/基地', en: 'Institution' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  laboratory: { zh: '实验室', en: 'Laboratory' },
};

export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = checkCreditCode(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem.message} (${problem.messageEn}; ${problem.rule})` });
  });

export const divisionCodeSchema = z.string().regex(/^42\d{4}$/, 'GB/T 2260 division code in Hubei (42xxxx)');

export const organisationSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.enum(ORGANISATION_KINDS),
    name: z.string(),
    nameEn: z.string().nullable(),
    creditCode: z.string().nullable(),
    divisionCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    parentId: z.string().uuid().nullable(),
    institutionType: z.enum(INSTITUTION_TYPES).nullable(),
    /** Lifecycle stage of an institution (MEASURES.md §2); null for other kinds. */
    stage: z.string().nullable(),
    industry: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const createOrganisationSchema = z
  .object({
    kind: z.enum(['institution', 'enterprise', 'laboratory']),
    name: z.string().trim().min(2).max(200),
    nameEn: z.string().trim().max(200).optional(),
    creditCode: creditCodeSchema.optional(),
    divisionCode: divisionCodeSchema,
    parentId: z.string().uuid().optional(),
    institutionType: z.enum(INSTITUTION_TYPES).optional(),
    industry: z.string().trim().max(100).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'enterprise' && !value.creditCode) {
      ctx.addIssue({
        code: 'custom',
        path: ['creditCode'],
        message: '企业必须填写统一社会信用代码 (an enterprise needs its unified social credit code, GB 32100-2015)',
      });
    }
    if (value.kind === 'institution' && !value.institutionType) {
      ctx.addIssue({
        code: 'custom',
        path: ['institutionType'],
        message: '请选择碳计量中心或计量数据建设应用基地 (institutionType is required for an institution)',
      });
    }
  })
  .meta({ id: 'CreateOrganisation' });
export type CreateOrganisation = z.infer<typeof createOrganisationSchema>;

export const SITE_LEVELS = ['site', 'sub_unit'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

export const siteSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    parentId: z.string().uuid().nullable(),
    level: z.enum(SITE_LEVELS),
    name: z.string(),
    nameEn: z.string().nullable(),
  })
  .meta({ id: 'Site' });
export type Site = z.infer<typeof siteSchema>;

export const createSiteSchema = z
  .object({
    parentId: z.string().uuid().optional(),
    level: z.enum(SITE_LEVELS),
    name: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().max(200).optional(),
  })
  .meta({ id: 'CreateSite' });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const listOrganisationsQuerySchema = pageQuerySchema.extend({
  kind: z.enum(ORGANISATION_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
