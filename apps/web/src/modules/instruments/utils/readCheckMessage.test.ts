import { judgeRepeatability } from '@jiliang/calc';
import { describe, expect, it } from 'vitest';
import { readCheckMessage } from './readCheckMessage.ts';
import { readCheckWarnings } from './readCheckWarnings.ts';

describe('readCheckMessage / readCheckWarnings (a stored JJF 1033-2023 judgement)', () => {
  it('reads the judgement the server stored, in either language', () => {
    // Readings 10, 12: mean 11, s = √((1 + 1) / 1) = 1.414…; m = 1; budget 2 ≥ s → pass; n = 2 < 10 → a warning.
    const result = judgeRepeatability({ readings: [10, 12], budgetRepeatability: 2 });
    expect(result.verdict).toBe('pass');
    expect(readCheckMessage(result, 'zh-CN')).toBe(result.message);
    expect(readCheckMessage(result, 'en')).toBe(result.messageEn);
    expect(readCheckWarnings(result)).toHaveLength(1);
  });

  it('says nothing for a result without a message', () => {
    expect(readCheckMessage(null, 'zh-CN')).toBeUndefined();
    expect(readCheckMessage({ message: 3 }, 'zh-CN')).toBeUndefined();
    expect(readCheckWarnings({ warnings: 'x' })).toEqual([]);
  });
});
