import { describe, expect, it } from 'vitest';
import { selectGb17167RuleSet } from './gb17167-edition.ts';
import { GB17167_RULE_SETS, type Gb17167RuleSet } from './gb17167-rule-sets.ts';

const [y2006, y2025] = GB17167_RULE_SETS as [Gb17167RuleSet, Gb17167RuleSet];
const ids = (s: ReturnType<typeof selectGb17167RuleSet>) => [s.requested.id, s.applied.id];

describe('which GB 17167 edition (STANDARDS.md §2.1: 2025 edition in force from 2026-02-01)', () => {
  it('auto on 2026-01-31 applies GB 17167-2006 without a note', () => {
    const s = selectGb17167RuleSet('auto', '2026-01-31');
    expect([...ids(s), s.note]).toEqual(['GB 17167-2006', 'GB 17167-2006', null]);
  });

  it('auto on 2026-02-01 requests GB 17167-2025, falls back to the 2006 tables (not yet entered) and says so', () => {
    const s = selectGb17167RuleSet('auto', '2026-02-01');
    expect(ids(s)).toEqual(['GB 17167-2025', 'GB 17167-2006']);
    expect(s.note).toContain('GB 17167-2025 applies on 2026-02-01, but its tables (表1–表4) are not yet entered');
  });

  it('an explicit 2006 on a date when 2025 is in force is applied, with a note; an explicit 2025 before then falls back too', () => {
    const s = selectGb17167RuleSet('2006', '2026-05-01');
    expect(ids(s)).toEqual(['GB 17167-2006', 'GB 17167-2006']);
    expect(s.note).toContain('on 2026-05-01 GB 17167-2025 is in force');
    expect(ids(selectGb17167RuleSet('2025', '2025-11-20'))).toEqual(['GB 17167-2025', 'GB 17167-2006']);
  });

  it('auto before 2007-01-01 (GB 17167-2006 in force from then) is refused, naming `on`; a malformed date too', () => {
    expect(() => selectGb17167RuleSet('auto', '2006-12-31')).toThrow(/on: no GB 17167 edition known to be in force on 2006-12-31/);
    expect(() => selectGb17167RuleSet('auto', '2026-02-30')).toThrow(/on: a calendar date YYYY-MM-DD/);
  });

  it('once the 2025 tables are entered as data, auto applies them and notes nothing', () => {
    const entered: Gb17167RuleSet = {
      ...y2025,
      rates: { ...y2006.rates!, clause: 'GB 17167-2025 表1' },
      subUnitThresholds: y2006.subUnitThresholds,
      equipmentThresholds: y2006.equipmentThresholds,
      accuracy: y2006.accuracy,
    };
    const s = selectGb17167RuleSet('auto', '2026-02-01', [y2006, entered]);
    expect([...ids(s), s.note, s.applied.rates.clause]).toEqual(['GB 17167-2025', 'GB 17167-2025', null, 'GB 17167-2025 表1']);
  });
});
