import { FACTOR_CONFIRMATIONS } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { confirmationColor } from './confirmationColor.ts';
import { formatFactorSource } from './formatFactorSource.ts';
import { isUnconfirmed } from './isUnconfirmed.ts';

describe('confirmation tags (STANDARDS.md)', () => {
  it('shows S2 and M in the warning colour, as 待核实', () => {
    expect(FACTOR_CONFIRMATIONS.map((c) => [c, confirmationColor(c), isUnconfirmed(c)])).toEqual([
      ['verified', 'green', false],
      ['S', 'blue', false],
      ['S2', 'warning', true],
      ['M', 'warning', true],
      ['C', 'purple', false],
    ]);
  });
});

describe('formatFactorSource', () => {
  it('joins document, edition, table and row, leaving out the missing ones', () => {
    expect(
      formatFactorSource({
        sourceDocument: '生态环境部公告2025年第47号',
        sourceEdition: '2023 年数据',
        sourceTable: '表3',
        sourceRow: '湖北',
      }),
    ).toBe('生态环境部公告2025年第47号 / 2023 年数据 / 表3 / 湖北');
    expect(
      formatFactorSource({ sourceDocument: 'STANDARDS.md §1.3', sourceEdition: null, sourceTable: 'Table A', sourceRow: '天然气' }),
    ).toBe('STANDARDS.md §1.3 / Table A / 天然气');
  });
});
