import { describe, expect, it } from 'vitest';
import { buildDueCalendarOption, DUE_DAY_COLORS } from './buildDueCalendarOption.ts';
import { sumDueOwners } from './sumDueOwners.ts';

const overview = {
  today: '2026-11-28',
  windowEnd: '2026-12-28',
  owners: [
    { ownerId: 'a', ownerName: '武汉临江钢铁有限公司', ownerKind: 'enterprise', total: 8, overdue: 2, dueSoon: 2, neverCertified: 1 },
    { ownerId: 'b', ownerName: '宜都清江磷化有限公司', ownerKind: 'enterprise', total: 6, overdue: 0, dueSoon: 6, neverCertified: 0 },
  ],
  calendar: [
    { date: '2026-09-30', count: 1 },
    { date: '2026-11-28', count: 3 },
    { date: '2026-12-28', count: 1 },
    { date: '2027-01-19', count: 2 },
  ],
};

type Series = { name: string; itemStyle: { color: string }; data: [string, number][] };

describe('buildDueCalendarOption (the due calendar of issue 4 §7)', () => {
  it('splits the days into overdue, due soon and later series with their colours', () => {
    const option = buildDueCalendarOption(overview, ['2026-10-28', '2027-02-28'], {
      series: (kind) => kind,
      count: (date, count) => `${date}:${count}`,
      nameMap: 'ZH',
    });
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['overdue', DUE_DAY_COLORS.overdue, [['2026-09-30', 1]]],
      [
        'due_soon',
        DUE_DAY_COLORS.due_soon,
        [
          ['2026-11-28', 3],
          ['2026-12-28', 1],
        ],
      ],
      ['later', DUE_DAY_COLORS.later, [['2027-01-19', 2]]],
    ]);
    expect((option.calendar as { range: string[] }).range).toEqual(['2026-10-28', '2027-02-28']);
    const tooltip = option.tooltip as { formatter: (params: { value: unknown }) => string };
    expect(tooltip.formatter({ value: ['2026-11-28', 3] })).toBe('2026-11-28:3');
  });

  it('adds the owners up for the headline', () => {
    // overdue 2 + 0, due soon 2 + 6, never certified 1 + 0, total 8 + 6.
    expect(sumDueOwners(overview.owners)).toEqual({ total: 14, overdue: 2, dueSoon: 8, neverCertified: 1 });
    expect(sumDueOwners([])).toEqual({ total: 0, overdue: 0, dueSoon: 0, neverCertified: 0 });
  });
});
