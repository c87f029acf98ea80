/**
 * value × 10^places without binary noise (0.7 % → 0.007, not 0.006999…): the decimal exponent is moved in the
 * number's own text, so a percentage typed by a person becomes the fraction the API stores, and back.
 */
export const shiftDecimal = (value: number, places: number): number => {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${String(Number(exponent) + places)}`);
};
