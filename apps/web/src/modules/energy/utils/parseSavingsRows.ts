/**
 * The months a person pastes, one a line: `YYYY-MM,production[,energy]` (comma, tab or spaces; Excel columns
 * paste as tabs). Returns the periods, or the first line that is not one, counted from 1.
 */
export type SavingsRow = { period: string; production: number; energy?: number };

export const parseSavingsRows = (text: string): { rows: SavingsRow[] } | { line: number; content: string } => {
  const rows: SavingsRow[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const [period, production, energy, ...rest] = line.split(/[\s,，;；]+/);
    const isNumber = (v: string | undefined) => v !== undefined && v !== '' && Number.isFinite(Number(v));
    if (
      !period ||
      !/^\d{4}-(0[1-9]|1[0-2])$/.test(period) ||
      !isNumber(production) ||
      (energy !== undefined && !isNumber(energy)) ||
      rest.length > 0
    )
      return { line: i + 1, content: line };
    rows.push({ period, production: Number(production), ...(energy === undefined ? {} : { energy: Number(energy) }) });
  }
  return { rows };
};
