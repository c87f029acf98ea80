import type { NextDueKind } from '@jiliang/calc';

const NEXT_DUE_KINDS: readonly NextDueKind[] = [
  'acceptance_application',
  'preparation_deadline',
  'rectification',
  'rectification_notice',
  'supervision_rectification',
  'annual_report',
  're_review',
];

export const isNextDueKind = (kind: string | null | undefined): kind is NextDueKind =>
  NEXT_DUE_KINDS.some((candidate) => candidate === kind);
