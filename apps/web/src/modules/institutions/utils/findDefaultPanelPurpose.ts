import type { PANEL_PURPOSES } from '@jiliang/shared';

export type PanelPurpose = (typeof PANEL_PURPOSES)[number];

/** The panel a stage calls for: CM-10 review before approval, CM-14 assessment, CM-23 inspection after establishment. */
export const findDefaultPanelPurpose = (state: string): PanelPurpose => {
  if (['application_draft', 'local_review', 'provincial_review'].includes(state)) return 'application_review';
  if (['established', 'inspection_rectification', 're_review_rectification'].includes(state)) return 'inspection';
  return 'acceptance_assessment';
};
