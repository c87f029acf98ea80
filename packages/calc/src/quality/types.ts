import type { QualityRule } from '@jiliang/shared';

/**
 * The shapes the quality rules share. A rule reads samples `{ ts, value }` (epoch ms, the point's unit)
 * and returns findings; docs/QUALITY.md lists every rule, its source and its boundary.
 */
export type QualitySample = { ts: number; value: number };

/** A period (from, to], epoch ms, as everywhere in the readings module (readings/buckets.ts). */
export type QualityPeriod = { from: number; to: number };

/**
 * One failed check. `ts` is the reading it is about (null for a period-level rule), `period` the period
 * it covers (null for a rule about one reading; for a run of readings, stuck or uncalibrated, its first and
 * last reading); `measured` and `limit` are the figures compared, in the units the rule states.
 */
export type QualityFinding = {
  rule: QualityRule;
  ts: number | null;
  period: QualityPeriod | null;
  measured: number | null;
  limit: number | null;
  message: string;
  messageEn: string;
  /** The clause or document the rule implements. */
  source: string;
};

/** The sources cited by the rules and shown with every finding. */
export const QUALITY_SOURCES: Readonly<Record<QualityRule, string>> = {
  completeness: '重点用能单位能耗在线监测系统数据质量要求：完整率 = 上传数 / 应传数 ≥ 90 %（STANDARDS §3）；CM-6(5)',
  gap: '重点用能单位能耗在线监测系统：实时数据 15 min 采集（可放宽至 30 min / 1 h），缺传即缺数（STANDARDS §3）；CM-6(3)',
  range: '端设备须对数据作基本校验（STANDARDS §3，技术规范第 6 部分）；BM-7(4) 数据清洗；限值按测点设定',
  spike: '端设备须对数据作基本校验（STANDARDS §3）；BM-7(4) 数据清洗；变化率限值按测点设定',
  stuck: '端设备须对数据作基本校验（STANDARDS §3）；BM-7(4) 数据清洗',
  negative: '累计型寄存器只增不减（DL/T 645-2007 累计电能 XXXXXX.XX kWh，STANDARDS §4.1；issue 5 §4 consumption.ts）',
  rollover: '寄存器翻转：只在接近满量程处发生（STANDARDS §4.1；issue 5 §4 consumption.ts 半量程规则）',
  drift: '时标偏差：日数据距 00:00 ≤ 1 min（STANDARDS §3），推广到每个采集时刻',
  consistency: '日报与月报数据偏差 ≤ 5 %（STANDARDS §3）',
  balance: 'JJF 1059.1-2012 4.3.3.2（最大允许误差按均匀分布 u = a/√3）、4.4（方和根合成）、4.5（U = k·u_c，k = 2）',
  calibration: '接入端计量器具须经检定或校准并在有效期内（STANDARDS §3）；器具状态按读数时刻判定（issue 4 instrumentStatusAt）',
};

export const createFinding = (
  rule: QualityRule,
  at: { ts: number | null; period: QualityPeriod | null },
  figures: { measured: number | null; limit: number | null },
  message: string,
  messageEn: string,
): QualityFinding => ({ rule, ...at, ...figures, message, messageEn, source: QUALITY_SOURCES[rule] });
