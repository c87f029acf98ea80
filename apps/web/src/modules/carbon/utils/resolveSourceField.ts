/**
 * The 新增排放源 form's field for a server path: a parameter problem goes on its factor select or measured value
 * ('parameters.ncv.factor', 'parameters.carbonContent'), the point and unit on theirs.
 */
export const resolveSourceField = (
  field: string,
  modes: Readonly<Record<string, 'factor' | 'measured' | undefined>>,
): (string | number)[] | undefined => {
  const [head = '', parameter, part] = field.split('.');
  if (head === 'parameters' && parameter) {
    const mode = modes[parameter] ?? 'factor';
    return ['parameters', parameter, part === 'unit' ? 'unit' : mode === 'factor' ? 'factor' : 'value'];
  }
  return ['code', 'name', 'kind', 'subject', 'siteId', 'pointId', 'activityUnit', 'gas', 'origin'].includes(head) ? [head] : undefined;
};
