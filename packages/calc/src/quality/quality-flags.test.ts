import fc from 'fast-check';
import {
  hasQualityFlag,
  listQualityFlags,
  QUALITY_FLAG_BITS,
  QUALITY_FLAG_LABELS,
  QUALITY_FLAG_MASK_ALL,
  QUALITY_FLAGS,
  QUALITY_RULE_MASK,
  toQualityFlagMask,
} from '@jiliang/shared';
import { describe, expect, it } from 'vitest';

describe('quality flag bit set (packages/shared quality.ts; stored, so positions are fixed)', () => {
  it('one bit per rule in a fixed order, estimated last: completeness 1 … calibration 1024, estimated 2048', () => {
    expect(QUALITY_FLAGS.map((flag) => QUALITY_FLAG_BITS[flag])).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048]);
    expect(QUALITY_FLAGS.slice(0, 3)).toEqual(['completeness', 'gap', 'range']);
    expect([QUALITY_FLAG_MASK_ALL, QUALITY_RULE_MASK]).toEqual([4095, 2047]);
  });

  it('every flag has a Chinese and an English label', () => {
    for (const flag of QUALITY_FLAGS) {
      expect(QUALITY_FLAG_LABELS[flag].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(QUALITY_FLAG_LABELS[flag].en.length).toBeGreaterThan(3);
    }
    expect(QUALITY_FLAG_LABELS.estimated).toEqual({ zh: '估算值', en: 'Estimated' });
  });

  it('property: list(toMask(flags)) gives the distinct flags in bit order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUALITY_FLAGS)), (flags) => {
        const mask = toQualityFlagMask(flags);
        expect(listQualityFlags(mask)).toEqual(QUALITY_FLAGS.filter((f) => flags.includes(f)));
        for (const flag of QUALITY_FLAGS) expect(hasQualityFlag(mask, flag)).toBe(flags.includes(flag));
      }),
    );
  });
});
