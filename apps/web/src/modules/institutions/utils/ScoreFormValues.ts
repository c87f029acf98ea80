/** The expert scoring page (CM-14..16 / BM-15..17). */
export type ScoreFormValues = {
  score: number;
  openingMeetingHeld?: boolean;
  onSiteVerificationDone?: boolean;
  collectiveReviewHeld?: boolean;
  closingMeetingHeld?: boolean;
  unitOpinion?: string;
  note?: string;
};
