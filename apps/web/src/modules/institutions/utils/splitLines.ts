/** One entry per non-blank line, trimmed: how people paste lists of items into a textarea. */
export const splitLines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
