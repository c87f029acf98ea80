/** The point-limits form: empty fields are null (that check is off); the completeness threshold in percent. */
export type LimitsFormValues = {
  min?: number | null;
  max?: number | null;
  maxRatePerHour?: number | null;
  stuckRunLength?: number | null;
  completenessPercent?: number | null;
};
