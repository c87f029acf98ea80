import { z } from 'zod';
import { calendarDateSchema } from './instrument.ts';

/**
 * Certificates, measurement standards, JJF 1033 checks and capabilities (issue 4). A certificate belongs
 * to an instrument or to a standard; the standards it names are the links of the traceability chain.
 */
export const CERTIFICATE_KINDS = ['verification', 'calibration'] as const;
export const CERTIFICATE_KIND_LABELS = { verification: '检定证书', calibration: '校准证书' } as const;
/** 合格 / 不合格 / 限用 for verification; a calibration states results, not a verdict. */
export const CERTIFICATE_CONCLUSIONS = ['pass', 'fail', 'limited', 'calibrated'] as const;
export const CERTIFICATE_CONCLUSION_LABELS = { pass: '合格', fail: '不合格', limited: '限用', calibrated: '已校准' } as const;
export type CertificateConclusion = (typeof CERTIFICATE_CONCLUSIONS)[number];

const text = (max: number) => z.string().trim().min(1, '必填 (required)').max(max, `最多 ${max} 字 (at most ${max} characters)`);

export const certificateResultSchema = z.object({
  quantity: text(200),
  nominalValue: z.number().nullable().optional(),
  measuredValue: z.number().nullable().optional(),
  correction: z.number().nullable().optional(),
  unit: text(60),
  unitValid: z.boolean().default(true),
  /** JJF 1059.1-2012 5.3: U = k·u_c. A relative U is in percent, as certificates write it (0.2 = 0.2 %). */
  expandedUncertainty: z.number().min(0),
  coverageFactor: z.number().gt(0).max(10),
  uncertaintyRelative: z.boolean(),
});

export const certificateInputSchema = z
  .object({
    number: text(100),
    kind: z.enum(CERTIFICATE_KINDS),
    laboratoryId: z.string().uuid().optional().nullable(),
    laboratoryName: text(200),
    calibratedOn: calendarDateSchema,
    issuedOn: calendarDateSchema.optional().nullable(),
    validUntil: calendarDateSchema.optional().nullable(),
    conclusion: z.enum(CERTIFICATE_CONCLUSIONS),
    referenceStandardIds: z.array(z.string().uuid()).max(20).default([]),
    results: z.array(certificateResultSchema).max(200).default([]),
    notes: z.string().trim().max(2000).optional().nullable(),
  })
  .superRefine((v, ctx) => {
    if (v.validUntil && v.validUntil < v.calibratedOn)
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: '有效期不得早于检定/校准日期 (validUntil before calibratedOn)' });
    if (v.kind === 'calibration' && (v.conclusion === 'pass' || v.conclusion === 'fail'))
      // JJF 1071-2010 5.12: a calibration certificate gives results and uncertainty, not a conformity verdict.
      ctx.addIssue({
        code: 'custom',
        path: ['conclusion'],
        message: "校准证书结论为'已校准' (a calibration states results: use 'calibrated')",
      });
    if (v.kind === 'verification' && v.conclusion === 'calibrated')
      ctx.addIssue({
        code: 'custom',
        path: ['conclusion'],
        message: '检定证书须给出合格/不合格/限用 (a verification states pass, fail or limited)',
      });
  });
export type CertificateInput = z.input<typeof certificateInputSchema>;

export const certificateSchema = z
  .object({
    id: z.string().uuid(),
    number: z.string(),
    kind: z.enum(CERTIFICATE_KINDS),
    instrumentId: z.string().uuid().nullable(),
    standardId: z.string().uuid().nullable(),
    laboratoryId: z.string().uuid().nullable(),
    laboratoryName: z.string(),
    calibratedOn: z.string(),
    issuedOn: z.string().nullable(),
    validUntil: z.string().nullable(),
    /** validUntil, or calibratedOn + the interval − 1 day when the certificate states none. */
    effectiveValidUntil: z.string().nullable(),
    conclusion: z.enum(CERTIFICATE_CONCLUSIONS),
    revokedOn: z.string().nullable(),
    revokedReason: z.string().nullable(),
    source: z.enum(['manual', 'register_import', 'dcc']),
    dccIdentifier: z.string().nullable(),
    notes: z.string().nullable(),
    results: z.array(certificateResultSchema.extend({ unitValid: z.boolean() })),
    referenceStandards: z.array(z.object({ id: z.string().uuid(), name: z.string(), code: z.string() })),
    attachments: z.array(z.object({ id: z.string().uuid(), filename: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Certificate' });
export type Certificate = z.infer<typeof certificateSchema>;

export const revokeCertificateSchema = z.object({ revokedOn: calendarDateSchema, reason: text(500) }).meta({ id: 'RevokeCertificate' });

export const dccImportSchema = z.object({
  xml: z.string().min(1).max(5_000_000),
  filename: z.string().trim().max(200).default('certificate.xml'),
  /** Verification or calibration: a DCC is a calibration certificate unless it states conformity. */
  conclusion: z.enum(CERTIFICATE_CONCLUSIONS).optional(),
  validUntil: calendarDateSchema.optional().nullable(),
  laboratoryId: z.string().uuid().optional().nullable(),
});

export const dccImportReportSchema = z
  .object({ certificate: certificateSchema, warnings: z.array(z.object({ path: z.string(), message: z.string() })) })
  .meta({ id: 'DccImportReport' });

// ---- Measurement standards (计量标准) -------------------------------------------------------------

export const STANDARD_LEVELS = ['national_primary', 'highest', 'working'] as const;
export const STANDARD_LEVEL_LABELS = { national_primary: '国家计量基准', highest: '最高计量标准', working: '工作计量标准' } as const;
export const STANDARD_STATUSES = ['in_service', 'suspended', 'retired'] as const;

export const standardInputSchema = z.object({
  ownerId: z.string().uuid(),
  name: text(200),
  code: text(100),
  level: z.enum(STANDARD_LEVELS),
  measurand: text(100),
  rangeText: z.string().trim().max(200).optional().nullable(),
  uncertaintyText: z.string().trim().max(200).optional().nullable(),
  mpeRelative: z.number().gt(0).lt(1).optional().nullable(),
  intervalMonths: z.number().int().min(1).max(120).optional().nullable(),
  status: z.enum(STANDARD_STATUSES).default('in_service'),
});

export const standardSchema = z
  .object({
    id: z.string().uuid(),
    ownerId: z.string().uuid(),
    ownerName: z.string(),
    name: z.string(),
    code: z.string(),
    level: z.enum(STANDARD_LEVELS),
    measurand: z.string(),
    rangeText: z.string().nullable(),
    uncertaintyText: z.string().nullable(),
    mpeRelative: z.number().nullable(),
    intervalMonths: z.number().nullable(),
    status: z.enum(STANDARD_STATUSES),
    latestCertificateNumber: z.string().nullable(),
    dueDate: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'MeasurementStandard' });
export type MeasurementStandard = z.infer<typeof standardSchema>;

/** JJF 1033-2023: a repeatability test or a stability check, recorded with its data. */
export const standardCheckInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('repeatability'),
    performedOn: calendarDateSchema,
    readings: z.array(z.number()).min(2).max(1000),
    m: z.number().int().min(1).max(100).optional(),
    budgetRepeatability: z.number().positive().optional(),
  }),
  z.object({
    kind: z.literal('stability'),
    performedOn: calendarDateSchema,
    standardKind: z.enum(['new', 'existing']),
    groups: z
      .array(z.object({ date: calendarDateSchema, readings: z.array(z.number()).min(1).max(1000) }))
      .min(2)
      .max(50),
    usedWithCorrection: z.boolean(),
    mpe: z.number().positive().optional(),
    correctionExpandedUncertainty: z.number().positive().optional(),
  }),
]);
export type StandardCheckInput = z.infer<typeof standardCheckInputSchema>;

export const standardCheckSchema = z
  .object({
    id: z.string().uuid(),
    standardId: z.string().uuid(),
    kind: z.enum(['repeatability', 'stability']),
    performedOn: z.string(),
    input: z.unknown(),
    result: z.unknown(),
    verdict: z.string(),
    rule: z.string(),
    actorLabel: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'StandardCheck' });

// ---- Capabilities (校准测量能力); CM-15 samples from them ------------------------------------------

export const CAPABILITY_KINDS = ['verification_calibration', 'key_parameter'] as const;
export const CAPABILITY_KIND_LABELS = { verification_calibration: '检定/校准项目', key_parameter: '关键参数测量项目' } as const;

export const capabilityInputSchema = z.object({
  kind: z.enum(CAPABILITY_KINDS),
  name: text(200),
  measurand: text(100),
  rangeText: z.string().trim().max(200).optional().nullable(),
  uncertaintyText: z.string().trim().max(200).optional().nullable(),
  method: z.string().trim().max(200).optional().nullable(),
  standardId: z.string().uuid().optional().nullable(),
  active: z.boolean().default(true),
});

export const capabilitySchema = z
  .object({
    id: z.string().uuid(),
    organisationId: z.string().uuid(),
    kind: z.enum(CAPABILITY_KINDS),
    name: z.string(),
    measurand: z.string(),
    rangeText: z.string().nullable(),
    uncertaintyText: z.string().nullable(),
    method: z.string().nullable(),
    standardId: z.string().uuid().nullable(),
    standardName: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Capability' });
export type Capability = z.infer<typeof capabilitySchema>;
