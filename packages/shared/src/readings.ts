import { z } from 'zod';
import { MEDIA } from './instrument.ts';

/**
 * Meter data (issue 5; CM-6(3), BM-7(2)): points, ingestion rows, batch receipts, the quarantine and
 * series queries. One schema for HTTP, files, MQTT and the DL/T 645 gateway path.
 */
export const REGISTER_KINDS = ['cumulative', 'interval', 'instantaneous'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export const REGISTER_KIND_LABELS: Record<RegisterKind, string> = { cumulative: '累计值', interval: '区间值', instantaneous: '瞬时值' };

const text = (max: number) => z.string().trim().min(1, '必填 (required)').max(max, `最多 ${max} 字 (at most ${max} characters)`);

export const pointInputSchema = z.object({
  code: text(60).regex(/^[A-Za-z0-9_.:\-/]+$/, '测点编码只含字母、数字和 _ . : - / (code: letters, digits, _ . : - /)'),
  name: text(200),
  siteId: z.string().uuid().optional().nullable(),
  medium: z.enum(MEDIA),
  registerKind: z.enum(REGISTER_KINDS),
  unit: text(20),
  multiplier: z.number().positive().default(1),
  rolloverValue: z.number().positive().optional().nullable(),
  intervalMinutes: z.number().int().min(1).max(1440).default(15),
  instrumentId: z.string().uuid().optional().nullable(),
  dlt645Address: z
    .string()
    .regex(/^\d{12}$/, 'DL/T 645-2007 地址为 12 位数字 (12 BCD digits)')
    .optional()
    .nullable(),
  dlt645DataId: z
    .string()
    .regex(/^[0-9A-Fa-f]{8}$/, 'DL/T 645-2007 数据标识为 8 位十六进制 (DI3..DI0)')
    .optional()
    .nullable(),
  parentPointId: z.string().uuid().optional().nullable(),
});
export type PointInput = z.input<typeof pointInputSchema>;

export const pointSchema = z
  .object({
    id: z.string().uuid(),
    enterpriseId: z.string().uuid(),
    code: z.string(),
    name: z.string(),
    siteId: z.string().uuid().nullable(),
    siteName: z.string().nullable(),
    medium: z.enum(MEDIA),
    registerKind: z.enum(REGISTER_KINDS),
    unit: z.string(),
    multiplier: z.number(),
    rolloverValue: z.number().nullable(),
    intervalMinutes: z.number().int(),
    instrumentId: z.string().uuid().nullable(),
    dlt645Address: z.string().nullable(),
    dlt645DataId: z.string().nullable(),
    parentPointId: z.string().uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Point' });
export type Point = z.infer<typeof pointSchema>;

/** A swap of the instrument behind a point: the old meter's closing register, the new one's opening register. */
export const meterSwapSchema = z
  .object({
    at: z.string().datetime({ offset: true }),
    instrumentId: z.string().uuid().optional().nullable(),
    closingReading: z.number().optional().nullable(),
    openingReading: z.number().optional().nullable(),
    multiplier: z.number().positive().optional().nullable(),
    reason: text(500),
  })
  .meta({ id: 'MeterSwap' });

/** One reading as a gateway or a file sends it; `ts` carries its offset (2025-03-01T08:15:00+08:00). */
export const ingestRowSchema = z.object({
  point: text(60),
  ts: z.string().min(1),
  value: z.union([z.number(), z.string()]),
  reason: z.string().max(500).optional(),
});
export type IngestRow = z.infer<typeof ingestRowSchema>;

export const rejectedRowSchema = z.object({ row: z.number().int(), field: z.string(), reason: z.string() });

/** The receipt of a batch: sent only after its commit. */
export const batchReceiptSchema = z
  .object({
    batchId: z.string().uuid(),
    receivedAt: z.string(),
    committedAt: z.string(),
    rows: z.number().int(),
    accepted: z.number().int(),
    duplicate: z.number().int(),
    revised: z.number().int(),
    rejected: z.array(rejectedRowSchema),
  })
  .meta({ id: 'BatchReceipt' });
export type BatchReceipt = z.infer<typeof batchReceiptSchema>;

export const RESOLUTIONS = ['raw', 'hour', 'day', 'month'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export const seriesQuerySchema = z.object({
  from: z.string().datetime({ offset: true }),
  to: z.string().datetime({ offset: true }),
  resolution: z.enum(RESOLUTIONS).default('day'),
  pointId: z.string().uuid().optional(),
  siteId: z.string().uuid().optional(),
  enterpriseId: z.string().uuid().optional(),
  medium: z.enum(MEDIA).optional(),
  /** Several points: counting registers unless asked for instantaneous ones (kW and kWh are never summed). */
  registerKind: z.enum(REGISTER_KINDS).optional(),
});
export type SeriesQuery = z.infer<typeof seriesQuerySchema>;

export const seriesSchema = z
  .object({
    resolution: z.enum(RESOLUTIONS),
    unit: z.string().nullable(),
    points: z.array(
      z.object({ id: z.string(), code: z.string(), name: z.string(), unit: z.string(), registerKind: z.enum(REGISTER_KINDS) }),
    ),
    buckets: z.array(
      z.object({
        bucket: z.string(),
        consumption: z.number().nullable(),
        readings: z.number().int(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        mean: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Series' });
