/** A positive integer from a URL parameter, else the fallback. */
export const readPositiveInt = (value: string | null, fallback: number): number => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};
