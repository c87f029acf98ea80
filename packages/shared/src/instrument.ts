import { z } from 'zod';

/**
 * The measuring-instrument register (计量器具台账, issue 4; CM-6(4), BM-6(1)): one schema for the API,
 * the Excel import and the web client. Labels are the Chinese terms of the enterprises' own registers.
 */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD (Asia/Shanghai)')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real date');

export const INSTRUMENT_TYPES = [
  'electricity_meter',
  'gas_flow_meter',
  'steam_flow_meter',
  'liquid_flow_meter',
  'weighing_instrument',
  'heat_meter',
  'water_meter',
  'cems_analyser',
  'temperature_instrument',
  'pressure_instrument',
  'other',
] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];
export const INSTRUMENT_TYPE_LABELS: Record<InstrumentType, string> = {
  electricity_meter: '电能表',
  gas_flow_meter: '气体流量计',
  steam_flow_meter: '蒸汽流量计',
  liquid_flow_meter: '液体流量计',
  weighing_instrument: '衡器',
  heat_meter: '热能表',
  water_meter: '水表',
  cems_analyser: '烟气排放连续监测系统(CEMS)',
  temperature_instrument: '温度仪表',
  pressure_instrument: '压力仪表',
  other: '其他',
};

/** The energy or medium measured: the rows of GB 17167-2006 表1, plus flue gas for CEMS. */
export const MEDIA = [
  'electricity',
  'coal',
  'coke',
  'crude_oil',
  'refined_oil',
  'heavy_oil',
  'natural_gas',
  'lpg',
  'coal_gas',
  'steam',
  'water',
  'heat',
  'waste_energy',
  'flue_gas',
  'other',
] as const;
export type Medium = (typeof MEDIA)[number];
export const MEDIUM_LABELS: Record<Medium, string> = {
  electricity: '电力',
  coal: '煤炭',
  coke: '焦炭',
  crude_oil: '原油',
  refined_oil: '成品油',
  heavy_oil: '重油/渣油',
  natural_gas: '天然气',
  lpg: '液化气',
  coal_gas: '煤气',
  steam: '蒸汽',
  water: '水',
  heat: '热(热水)',
  waste_energy: '可回收余能',
  flue_gas: '烟气',
  other: '其他',
};

/** GB 17167-2006 4.2: the three levels whose equipping rates 表1 sets; 'other' counts in none. */
export const GB17167_LEVELS = ['entry_exit', 'sub_unit', 'main_equipment', 'other'] as const;
export type Gb17167Level = (typeof GB17167_LEVELS)[number];
export const GB17167_LEVEL_LABELS: Record<Gb17167Level, string> = {
  entry_exit: '进出用能单位',
  sub_unit: '进出主要次级用能单位',
  main_equipment: '主要用能设备',
  other: '其他',
};

export const INSTRUMENT_STATUSES = ['in_service', 'spare', 'under_repair', 'retired'] as const;
export type InstrumentStatus = (typeof INSTRUMENT_STATUSES)[number];
export const INSTRUMENT_STATUS_LABELS: Record<InstrumentStatus, string> = {
  in_service: '在用',
  spare: '备用',
  under_repair: '维修',
  retired: '报废',
};

const text = (max: number) => z.string().trim().min(1, '必填 (required)').max(max, `最多 ${max} 字 (at most ${max} characters)`);
const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

export const instrumentInputSchema = z
  .object({
    code: text(60).describe('管理编号: unique within the owner register'),
    name: text(200),
    instrumentType: z.enum(INSTRUMENT_TYPES),
    medium: z.enum(MEDIA),
    maker: optionalText(200),
    model: optionalText(200),
    serialNumber: optionalText(100),
    accuracyClass: optionalText(20),
    mpeRelative: z.number().gt(0).lt(1).optional().nullable(),
    rangeMin: z.number().optional().nullable(),
    rangeMax: z.number().optional().nullable(),
    rangeUnit: optionalText(30),
    ctRatio: z.number().positive().optional().nullable(),
    ptRatio: z.number().positive().optional().nullable(),
    siteId: z.string().uuid().optional().nullable(),
    equipment: optionalText(200),
    location: optionalText(200),
    gb17167Level: z.enum(GB17167_LEVELS),
    mandatoryVerification: z.boolean().default(false),
    intervalMonths: z.number().int().min(1).max(120).optional().nullable(),
    status: z.enum(INSTRUMENT_STATUSES).default('in_service'),
  })
  .superRefine((v, ctx) => {
    if (v.rangeMin != null && v.rangeMax != null && v.rangeMin >= v.rangeMax)
      ctx.addIssue({ code: 'custom', path: ['rangeMax'], message: '测量范围上限须大于下限 (range: max must exceed min)' });
    // Metrology Law art. 9 and JJG interval rules: a mandatorily verified instrument has a verification period.
    if (v.mandatoryVerification && v.intervalMonths == null)
      ctx.addIssue({
        code: 'custom',
        path: ['intervalMonths'],
        message: '强制检定器具须有检定周期 (a mandatory verification needs its period)',
      });
  });
export type InstrumentInput = z.input<typeof instrumentInputSchema>;

export const dueStateSchema = z.enum(['overdue', 'due_soon', 'ok', 'never_certified']);
export type DueState = z.infer<typeof dueStateSchema>;

export const instrumentSchema = z
  .object({
    id: z.string().uuid(),
    ownerId: z.string().uuid(),
    ownerName: z.string(),
    code: z.string(),
    name: z.string(),
    instrumentType: z.enum(INSTRUMENT_TYPES),
    medium: z.enum(MEDIA),
    maker: z.string().nullable(),
    model: z.string().nullable(),
    serialNumber: z.string().nullable(),
    accuracyClass: z.string().nullable(),
    mpeRelative: z.number().nullable(),
    rangeMin: z.number().nullable(),
    rangeMax: z.number().nullable(),
    rangeUnit: z.string().nullable(),
    ctRatio: z.number().nullable(),
    ptRatio: z.number().nullable(),
    siteId: z.string().uuid().nullable(),
    siteName: z.string().nullable(),
    equipment: z.string().nullable(),
    location: z.string().nullable(),
    gb17167Level: z.enum(GB17167_LEVELS),
    mandatoryVerification: z.boolean(),
    intervalMonths: z.number().nullable(),
    status: z.enum(INSTRUMENT_STATUSES),
    statusSince: z.string(),
    version: z.number().int(),
    /** The governing certificate today and when the next verification/calibration is due. */
    latestCertificateNumber: z.string().nullable(),
    dueDate: z.string().nullable(),
    dueState: dueStateSchema,
  })
  .meta({ id: 'Instrument' });
export type Instrument = z.infer<typeof instrumentSchema>;

export const listInstrumentsQuerySchema = z.object({
  ownerId: z.string().uuid().optional(),
  q: z.string().trim().max(100).optional(),
  instrumentType: z.enum(INSTRUMENT_TYPES).optional(),
  medium: z.enum(MEDIA).optional(),
  status: z.enum(INSTRUMENT_STATUSES).optional(),
  gb17167Level: z.enum(GB17167_LEVELS).optional(),
  siteId: z.string().uuid().optional(),
  due: z.enum(['overdue', 'due_soon', 'never_certified']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListInstrumentsQuery = z.infer<typeof listInstrumentsQuerySchema>;

export const statusChangeSchema = z
  .object({ status: z.enum(INSTRUMENT_STATUSES), reason: text(500) })
  .meta({ id: 'InstrumentStatusChange' });

export const bulkStatusChangeSchema = z
  .object({ ids: z.array(z.string().uuid()).min(1).max(500), status: z.enum(INSTRUMENT_STATUSES), reason: text(500) })
  .meta({ id: 'InstrumentBulkStatusChange' });

export const statusHistoryEntrySchema = z.object({
  fromStatus: z.enum(INSTRUMENT_STATUSES).nullable(),
  toStatus: z.enum(INSTRUMENT_STATUSES),
  reason: z.string(),
  actorLabel: z.string(),
  at: z.string(),
});

/** One row of a register import: what was kept, what was refused and why (field and rule). */
export const registerImportReportSchema = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    certificatesCreated: z.number().int(),
    rejected: z.array(
      z.object({
        row: z.number().int(),
        code: z.string().nullable(),
        issues: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'RegisterImportReport' });
export type RegisterImportReport = z.infer<typeof registerImportReportSchema>;
