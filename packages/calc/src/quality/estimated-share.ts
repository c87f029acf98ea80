import { hasQualityFlag } from '@jiliang/shared';
import { requireFinite, throwQualityInput } from './quality-input.ts';
import type { EstimatedValue } from './gap-filling.ts';

/**
 * Estimated and measured values side by side, never mixed silently (issue 6 §3: every total can say what
 * share of it is estimated).
 */
export type FlaggedValue = { ts: number; value: number; flags: number };

export type EstimatedShare = {
  total: number;
  measured: number;
  estimated: number;
  /** estimated / total, 0–1; null when the total is 0. */
  share: number | null;
  estimatedCount: number;
};

/**
 * One series of measured values (their own flags) and estimates (the `estimated` bit), by ts. An estimate
 * for an instant that has a measured value is refused: a measurement is never overwritten by a guess.
 */
export const combineMeasuredAndEstimated = (measured: readonly FlaggedValue[], estimated: readonly EstimatedValue[]): FlaggedValue[] => {
  const taken = new Set(measured.map((m) => m.ts));
  estimated.forEach((e, i) => {
    if (taken.has(e.ts)) {
      throwQualityInput(
        `estimated[${i}].ts`,
        'not_measured',
        `该时刻已有实测值，不得以估算值替代：${e.ts}`,
        'a measured value is never replaced by an estimate',
      );
    }
    if (!hasQualityFlag(e.flags, 'estimated')) {
      throwQualityInput(
        `estimated[${i}].flags`,
        'estimated_bit',
        '估算值必须带 estimated 标志',
        'an estimate must carry the estimated bit',
      );
    }
  });
  return [...measured.map((m) => ({ ...m })), ...estimated.map(({ ts, value, flags }) => ({ ts, value, flags }))].sort(
    (a, b) => a.ts - b.ts,
  );
};

/** The share of a total (amounts ≥ 0, e.g. interval consumption) that is estimated. */
export const summariseEstimatedShare = (values: readonly FlaggedValue[]): EstimatedShare => {
  let measured = 0;
  let estimated = 0;
  let estimatedCount = 0;
  values.forEach((v, i) => {
    const value = requireFinite(v.value, `values[${i}].value`);
    if (value < 0)
      throwQualityInput(`values[${i}].value`, 'non_negative', `份额只对非负量计算：${value}`, 'a share of a total needs amounts ≥ 0');
    if (hasQualityFlag(v.flags, 'estimated')) [estimated, estimatedCount] = [estimated + value, estimatedCount + 1];
    else measured += value;
  });
  const total = measured + estimated;
  return { total, measured, estimated, share: total === 0 ? null : estimated / total, estimatedCount };
};
