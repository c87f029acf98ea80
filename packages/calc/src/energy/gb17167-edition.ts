import type { Gb17167EditionChoice } from '@jiliang/shared';
import { createEnergyIssue, isIsoDate, throwEnergyValidation } from './energy-errors.ts';
import {
  GB17167_RULE_SETS,
  type Gb17167AccuracyTable,
  type Gb17167RateTable,
  type Gb17167RuleSet,
  type Gb17167ThresholdTable,
} from './gb17167-rule-sets.ts';

/** A rule set whose four tables are entered: the only kind a review can apply. */
export type Gb17167CompleteRuleSet = Gb17167RuleSet & {
  rates: Gb17167RateTable;
  subUnitThresholds: Gb17167ThresholdTable;
  equipmentThresholds: Gb17167ThresholdTable;
  accuracy: Gb17167AccuracyTable;
};
export type Gb17167EditionSelection = {
  requested: Gb17167RuleSet;
  applied: Gb17167CompleteRuleSet;
  chosenOn: string;
  note: string | null;
};

export const isCompleteGb17167RuleSet = (set: Gb17167RuleSet): set is Gb17167CompleteRuleSet =>
  set.rates !== null && set.subUnitThresholds !== null && set.equipmentThresholds !== null && set.accuracy !== null;

const WHAT = 'GB 17167 edition';

/**
 * Which edition governs (STANDARDS.md §2.1): `auto` takes the edition in force on `on` (the 2006 rules
 * before 2026-02-01, the 2025 edition from then on); '2006' or '2025' take that edition whatever the date.
 * A requested edition whose tables are not yet entered falls back to the newest older complete one,
 * and `note` says so: a review that silently applied old tables, or none at all, would mislead more.
 */
export const selectGb17167RuleSet = (
  choice: Gb17167EditionChoice,
  on: string,
  ruleSets: readonly Gb17167RuleSet[] = GB17167_RULE_SETS,
): Gb17167EditionSelection => {
  if (!isIsoDate(on)) throwEnergyValidation(WHAT, [createEnergyIssue('on', `a calendar date YYYY-MM-DD, got "${on}"`)]);
  const sorted = [...ruleSets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const inForce = sorted.filter((s) => s.effectiveFrom <= on).pop();
  const requested = choice === 'auto' ? inForce : sorted.find((s) => s.edition === choice);
  if (!requested) {
    const first = sorted[0]?.effectiveFrom ?? '—';
    return throwEnergyValidation(WHAT, [
      createEnergyIssue(
        choice === 'auto' ? 'on' : 'edition',
        choice === 'auto'
          ? `no GB 17167 edition known to be in force on ${on} (the first from ${first})`
          : `no rule set for edition ${choice}`,
      ),
    ]);
  }
  const notes: string[] = [];
  if (choice !== 'auto' && inForce && inForce.id !== requested.id)
    notes.push(`${requested.id} was requested; on ${on} ${inForce.id} is in force（所选版本与${on}现行版本不一致）`);
  let applied: Gb17167CompleteRuleSet | undefined = isCompleteGb17167RuleSet(requested) ? requested : undefined;
  if (!applied) {
    applied = sorted.filter((s) => s.effectiveFrom < requested.effectiveFrom && isCompleteGb17167RuleSet(s)).pop() as
      Gb17167CompleteRuleSet | undefined;
    if (!applied)
      return throwEnergyValidation(WHAT, [createEnergyIssue('edition', `${requested.id} has no tables entered and no older edition does`)]);
    notes.push(
      `${requested.id} applies on ${on}, but its tables (表1–表4) are not yet entered in Jiliang: the ${applied.id} tables were applied; ` +
        `re-run the review once they are entered（${requested.id}条款表格尚未录入，暂按${applied.id}表格审查）`,
    );
  }
  return { requested, applied, chosenOn: on, note: notes.length > 0 ? notes.join('; ') : null };
};
