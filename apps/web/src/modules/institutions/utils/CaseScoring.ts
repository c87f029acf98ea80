import type { ScoringItem } from '@jiliang/calc';

export type SamplingPopulation = { verificationCalibration: string[]; keyParameter: string[] };

/** GET /api/institutions/:id/case/scoring: this round's sheet template, members' sheets, CM-15 sample and proposed score. */
export type CaseScoring = {
  round: number;
  template: { institutionType: string; items: ScoringItem[] };
  sheets: { memberUserId: string; scores: Record<string, number>; total: number; submittedAt: string }[];
  sampling: {
    share: number;
    seed: string;
    population: SamplingPopulation;
    drawn: SamplingPopulation;
    drawnAt: string;
    actorLabel: string;
  } | null;
  proposedScore: number | null;
};
