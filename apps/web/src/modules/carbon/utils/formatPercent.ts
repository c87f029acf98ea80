const formats = new Map<number, Intl.NumberFormat>();
const formatOf = (digits: number): Intl.NumberFormat => {
  const known = formats.get(digits);
  if (known) return known;
  const created = new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    roundingMode: 'halfExpand',
  });
  formats.set(digits, created);
  return created;
};

/**
 * A fraction (0.0919…) as a percentage for display: half-up to `digits` decimals (0.1 % for shares), with a
 * no-break space before the sign so it never wraps apart in a table cell; '—' when there is none.
 */
export const formatPercent = (fraction: number | null | undefined, digits = 1): string =>
  fraction === null || fraction === undefined || !Number.isFinite(fraction)
    ? '—'
    : formatOf(digits).format(fraction).replace('%', '\u00a0%');
