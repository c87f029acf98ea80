export type ParsedReadings = { readings: number[]; invalid: string | undefined };

/**
 * Readings typed as a list (JJF 1033-2023 repeatability and stability data): separated by commas
 * (also the full-width ，、；), semicolons, spaces or line breaks. `invalid` is the first token that is not
 * a finite number, so the form can name it.
 */
export const parseReadings = (text: string | undefined): ParsedReadings => {
  const tokens = (text ?? '').split(/[\s,，;；、]+/).filter((token) => token !== '');
  const readings: number[] = [];
  for (const token of tokens) {
    const value = Number(token);
    if (!Number.isFinite(value)) return { readings, invalid: token };
    readings.push(value);
  }
  return { readings, invalid: undefined };
};
