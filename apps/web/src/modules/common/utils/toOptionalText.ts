/** Trimmed text, or undefined for blank input, so optional fields are left out of request bodies. */
export const toOptionalText = (value: string | undefined | null): string | undefined => {
  const text = value?.trim();
  return text ? text : undefined;
};
