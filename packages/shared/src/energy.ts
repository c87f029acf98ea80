import { z } from 'zod';
import { AppError, type FieldIssue } from './errors.ts';
import { GB17167_LEVELS, INSTRUMENT_STATUSES, INSTRUMENT_TYPES, MEDIA, calendarDateSchema } from './instrument.ts';

/**
 * The GB 17167 review file (`jiliang review gb17167 <file.json>`, issue 8) and its findings. The words
 * are the instrument register's (instrument.ts): `MEDIA` for energy types, `INSTRUMENT_TYPES`,
 * `INSTRUMENT_STATUSES`, `GB17167_LEVELS`. The rules themselves live in packages/calc (energy/).
 * Format and decisions: docs/formats/gb17167-review.md.
 */

/** How sure a reference value is (STANDARDS.md): S cited source, S2 third-party code, M memory, C computed. */
export const ENERGY_CONFIRMATION_TAGS = ['S', 'S2', 'M', 'C'] as const;
export type EnergyConfirmationTag = (typeof ENERGY_CONFIRMATION_TAGS)[number];

/** `auto` picks the edition in force on the review date (GB 17167-2025 from 2026-02-01). */
export const GB17167_EDITION_CHOICES = ['2006', '2025', 'auto'] as const;
export type Gb17167EditionChoice = (typeof GB17167_EDITION_CHOICES)[number];

/** Units of a sub-unit's consumption (GB 17167-2006 表2) or an equipment's rating (表3). */
export const ENERGY_LOAD_UNITS = [
  'W',
  'kW',
  'MW',
  'kJ/h',
  'MJ/h',
  'GJ/h',
  'kg/h',
  't/h',
  'm3/h',
  'kg/a',
  't/a',
  'm3/a',
  'MJ/a',
  'GJ/a',
  'TJ/a',
] as const;
export type EnergyLoadUnit = (typeof ENERGY_LOAD_UNITS)[number];

/** DL/T 448 electricity metering-point classes I–V, which set the meter class at entry/exit (GB 17167-2006 表4). */
export const METERING_POINT_CLASSES = ['I', 'II', 'III', 'IV', 'V'] as const;
export type MeteringPointClass = (typeof METERING_POINT_CLASSES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const id = text(60);
const loadSchema = z.strictObject({ value: z.number().min(0), unit: z.enum(ENERGY_LOAD_UNITS) });

const entryExitPointSchema = z.strictObject({
  id,
  name: text(200),
  medium: z.enum(MEDIA),
  direction: z.enum(['in', 'out']),
});
const subUnitSchema = z.strictObject({ id, name: text(200), medium: z.enum(MEDIA), consumption: loadSchema });
const equipmentSchema = z.strictObject({ id, name: text(200), medium: z.enum(MEDIA), rating: loadSchema, subUnitId: id.optional() });

const reviewInstrumentSchema = z
  .strictObject({
    code: id.describe('管理编号 in the register'),
    name: text(200).optional(),
    instrumentType: z.enum(INSTRUMENT_TYPES),
    pointId: id.describe('the entry/exit point, sub-unit or equipment it meters'),
    accuracyClass: text(20).optional(),
    mpeRelative: z.number().gt(0).lt(1).optional(),
    status: z.enum(INSTRUMENT_STATUSES),
    validUntil: calendarDateSchema.nullable().optional(),
    meteringPointClass: z.enum(METERING_POINT_CLASSES).optional(),
    current: z.enum(['ac', 'dc']).default('ac'),
    weighing: z.enum(['static', 'dynamic']).optional(),
    pipeDiameterMm: z.number().positive().optional(),
    forMassCalculation: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.accuracyClass === undefined && v.mpeRelative === undefined)
      ctx.addIssue({ code: 'custom', path: ['accuracyClass'], message: 'give accuracyClass or mpeRelative (GB 17167-2006 表4)' });
    if (v.instrumentType === 'weighing_instrument' && v.weighing === undefined)
      ctx.addIssue({ code: 'custom', path: ['weighing'], message: 'a weighing instrument is "static" or "dynamic" (GB 17167-2006 表4)' });
    if (v.instrumentType === 'water_meter' && v.pipeDiameterMm === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['pipeDiameterMm'],
        message: 'a water meter needs its pipe diameter (GB 17167-2006 表4: ≤ 250 mm / > 250 mm)',
      });
  });

export const GB17167_MANAGEMENT_ITEMS = [
  'managementSystem',
  'instrumentRegister',
  'calibrationPlan',
  'trainedStaff',
  'dataRecords',
  'certificatesKept',
] as const;
export type Gb17167ManagementItem = (typeof GB17167_MANAGEMENT_ITEMS)[number];

export const gb17167ReviewInputSchema = z
  .strictObject({
    enterprise: z.strictObject({ name: text(200), creditCode: z.string().trim().length(18).optional() }),
    reviewDate: calendarDateSchema,
    edition: z.enum(GB17167_EDITION_CHOICES).default('auto'),
    entryExitPoints: z.array(entryExitPointSchema).min(1),
    subUnits: z.array(subUnitSchema).default([]),
    equipment: z.array(equipmentSchema).default([]),
    instruments: z.array(reviewInstrumentSchema).default([]),
    management: z.strictObject({
      managementSystem: z.boolean(),
      instrumentRegister: z.boolean(),
      calibrationPlan: z.boolean(),
      trainedStaff: z.boolean(),
      dataRecords: z.boolean(),
      certificatesKept: z.boolean(),
    }),
  })
  .superRefine((v, ctx) => {
    const seen = new Map<string, string>();
    const lists = [
      ['entryExitPoints', v.entryExitPoints],
      ['subUnits', v.subUnits],
      ['equipment', v.equipment],
    ] as const;
    for (const [list, items] of lists)
      items.forEach((item, i) => {
        const first = seen.get(item.id);
        if (first) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `id "${item.id}" is already used at ${first}` });
        else seen.set(item.id, `${list}[${i}]`);
      });
    const subUnitIds = new Set(v.subUnits.map((s) => s.id));
    v.equipment.forEach((e, i) => {
      if (e.subUnitId !== undefined && !subUnitIds.has(e.subUnitId))
        ctx.addIssue({ code: 'custom', path: ['equipment', i, 'subUnitId'], message: `no sub-unit "${e.subUnitId}" in subUnits` });
    });
    const codes = new Set<string>();
    v.instruments.forEach((m, i) => {
      if (codes.has(m.code))
        ctx.addIssue({ code: 'custom', path: ['instruments', i, 'code'], message: `code "${m.code}" is listed twice` });
      codes.add(m.code);
      if (!seen.has(m.pointId))
        ctx.addIssue({
          code: 'custom',
          path: ['instruments', i, 'pointId'],
          message: `no entry/exit point, sub-unit or equipment "${m.pointId}"`,
        });
    });
  })
  .meta({ id: 'Gb17167ReviewInput' });
export type Gb17167ReviewInput = z.infer<typeof gb17167ReviewInputSchema>;
export type Gb17167ReviewInputFile = z.input<typeof gb17167ReviewInputSchema>;

/** A JSON path for people: `instruments[3].validUntil`. */
const formatJsonPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(root)';

/** Parse a review file; throws VALIDATION_FAILED with one FieldIssue per problem, each naming its JSON path. */
export const parseGb17167ReviewInput = (json: unknown): Gb17167ReviewInput => {
  const result = gb17167ReviewInputSchema.safeParse(json);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((i) => ({ field: formatJsonPath(i.path), rule: i.message, message: i.message }));
  throw new AppError('VALIDATION_FAILED', `the GB 17167 review file has ${issues.length} problem(s)`, issues);
};

const tag = z.enum(ENERGY_CONFIRMATION_TAGS);

export const gb17167FindingSchema = z.object({
  medium: z.enum(MEDIA),
  level: z.enum(GB17167_LEVELS),
  required: z.number().int(),
  installed: z.number().int(),
  /** installed / required × 100 %, rounded half-up to 0.01; null when nothing is required. */
  rate: z.number().nullable(),
  /** The required rate from the rule set's 表1, %; null when the table sets none. */
  limit: z.number().nullable(),
  verdict: z.enum(['pass', 'fail', 'not_applicable']),
  unmeteredPointIds: z.array(z.string()),
  clause: z.string(),
  confirmation: tag,
  text: z.string(),
});
export type Gb17167Finding = z.infer<typeof gb17167FindingSchema>;

const loadOut = z.object({ value: z.number(), unit: z.string() });
export const gb17167ExclusionSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.enum(GB17167_LEVELS),
  medium: z.enum(MEDIA),
  load: loadOut,
  threshold: loadOut,
  clause: z.string(),
  confirmation: tag,
  reason: z.string(),
});

export const gb17167InstrumentCheckSchema = z.object({
  code: z.string(),
  pointId: z.string(),
  accuracy: z.object({
    declared: z.string(),
    required: z.string().nullable(),
    verdict: z.enum(['pass', 'fail', 'not_specified']),
    clause: z.string(),
    confirmation: tag,
  }),
  calibration: z.object({
    validUntil: z.string().nullable(),
    verdict: z.enum(['on_time', 'overdue', 'never_certified']),
    clause: z.string(),
  }),
  text: z.string(),
});

const part = z.object({ points: z.number(), max: z.number() });
export const gb17167ReviewResultSchema = z
  .object({
    enterprise: z.object({ name: z.string(), creditCode: z.string().optional() }),
    reviewDate: z.string(),
    editionChosenOn: z.string(),
    editionRequested: z.string(),
    editionApplied: z.string(),
    note: z.string().nullable(),
    findings: z.array(gb17167FindingSchema),
    excluded: z.array(gb17167ExclusionSchema),
    instruments: z.array(gb17167InstrumentCheckSchema),
    notCounted: z.array(z.object({ code: z.string(), status: z.enum(INSTRUMENT_STATUSES), reason: z.string() })),
    management: z.array(
      z.object({ item: z.enum(GB17167_MANAGEMENT_ITEMS), label: z.string(), weight: z.number(), met: z.boolean(), clause: z.string() }),
    ),
    score: z.object({ total: z.number(), passLine: z.number(), equipping: part, accuracy: part, calibration: part, management: part }),
    verdict: z.enum(['pass', 'fail']),
    reasons: z.array(z.string()),
  })
  .meta({ id: 'Gb17167ReviewResult' });
export type Gb17167ReviewResult = z.infer<typeof gb17167ReviewResultSchema>;
