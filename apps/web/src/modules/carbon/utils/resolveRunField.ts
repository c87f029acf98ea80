/** The 新建核算 form's field for a server path: both ends of the period are the one month-range picker. */
export const resolveRunField = (field: string): string[] | undefined => {
  const [head = ''] = field.split('.');
  if (head === 'periodStart' || head === 'periodEnd') return ['months'];
  if (head === 'monteCarlo') return field.endsWith('seed') ? ['seed'] : ['iterations'];
  if (head === 'production') return ['product'];
  return ['outputValue10kYuan', 'gwpSet', 'note'].includes(head) ? [head] : undefined;
};
