/** Rows → CSV text for `COPY ... FROM ... WITH (FORMAT csv)`. null/undefined become an unquoted empty field (NULL). */
const quote = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = `{${value.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `"${text.replace(/"/g, '""')}"`;
};

export const toCsv = (rows: readonly (readonly unknown[])[]): string => {
  let out = '';
  for (const row of rows) out += row.map(quote).join(',') + '\n';
  return out;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Table and column names are code, never user input; still, refuse anything that is not a plain identifier. */
export const copyStatement = (table: string, columns: readonly string[], source: string): string => {
  for (const name of [table, ...columns]) if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
};
