/**
 * RFC 4180 CSV: fields separated by commas, optionally quoted with ", a quote inside a quoted field
 * doubled; CRLF or LF line ends; a UTF-8 BOM is dropped (Excel writes one). Pure and total: any text
 * gives rows; an unterminated quote is reported with its line instead of swallowing the rest.
 */
export type CsvParse = { rows: string[][]; error?: { line: number; message: string } };

export const parseCsv = (text: string, delimiter = ','): CsvParse => {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) return { rows, error: { line: quoteLine, message: `RFC 4180: quoted field opened on line ${quoteLine} is never closed` } };
  row.push(field);
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return { rows };
};
