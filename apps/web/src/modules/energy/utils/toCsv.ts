/**
 * Rows as CSV for Excel: a UTF-8 BOM so the Chinese headers open correctly, CRLF line ends, and a field quoted
 * when it holds a comma, a quote or a line break (RFC 4180).
 */
export const toCsv = (header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string => {
  const field = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
};
