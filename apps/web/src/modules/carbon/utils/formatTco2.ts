/** tCO2 for display: two decimals, half-up (Intl 'halfExpand'), thousands separators; '—' when there is none. */
const TCO2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingMode: 'halfExpand' });
const SIGNED = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  roundingMode: 'halfExpand',
  signDisplay: 'exceptZero',
});

/**
 * ARCHITECTURE rule 8: values travel unrounded and are rounded only here, at presentation. `signed` shows a
 * change with its sign (+1.80, −0.50), as the comparison of two runs does.
 */
export const formatTco2 = (value: number | null | undefined, options: { signed?: boolean } = {}): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : (options.signed ? SIGNED : TCO2).format(value);
