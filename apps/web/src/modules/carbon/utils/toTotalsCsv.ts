import type { CarbonTotals } from '@jiliang/shared';

export type TotalsCsvHeaders = { label: string; enterprises: string; totalTco2: string; uTco2: string; measuredShare: string };

const cell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The Province table as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted), with a UTF-8 BOM so
 * Excel opens the Chinese names correctly. Numbers are written unrounded (tCO2, U at k = 2, the measured share as a
 * fraction 0–1): rounding happens only for display (ARCHITECTURE rule 8), and a spreadsheet sums the exact figures.
 */
export const toTotalsCsv = (rows: CarbonTotals['rows'], headers: TotalsCsvHeaders): string =>
  `\ufeff${[
    [headers.label, headers.enterprises, headers.totalTco2, headers.uTco2, headers.measuredShare],
    ...rows.map((row) => [row.label, row.enterprises, row.totalTco2, row.expandedUncertaintyTco2, row.measuredShare]),
  ]
    .map((line) => line.map(cell).join(','))
    .join('\r\n')}\r\n`;
