/** A factor's source as the library shows it: document / edition / table / row, the missing parts left out. */
export const formatFactorSource = (factor: {
  sourceDocument: string;
  sourceEdition: string | null;
  sourceTable: string | null;
  sourceRow: string | null;
}): string => [factor.sourceDocument, factor.sourceEdition, factor.sourceTable, factor.sourceRow].filter(Boolean).join(' / ');
