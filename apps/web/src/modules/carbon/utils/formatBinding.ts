import type { ParameterBinding } from '@jiliang/shared';
import { formatPercent } from './formatPercent.ts';

/**
 * A source parameter as the sources table shows it: the library code it is bound to (resolved per run to the version
 * in force), or the measured value with its unit and its one uncertainty (JJF 1059.1-2012 4.3.3).
 */
export const formatBinding = (binding: ParameterBinding): string => {
  if ('factor' in binding) return binding.factor;
  const value = `${String(binding.value)} ${binding.unit}`;
  if (binding.uRel !== undefined) return `${value} (uRel ${formatPercent(binding.uRel, 2)})`;
  if (binding.URel !== undefined) return `${value} (URel ${formatPercent(binding.URel, 2)}, k = ${String(binding.k ?? '')})`;
  if (binding.U !== undefined) return `${value} (U ${String(binding.U)}, k = ${String(binding.k ?? '')})`;
  if (binding.u !== undefined) return `${value} (u ${String(binding.u)})`;
  if (binding.mpeRel !== undefined) return `${value} (MPE ±${formatPercent(binding.mpeRel, 2)})`;
  if (binding.mpe !== undefined) return `${value} (MPE ±${String(binding.mpe)})`;
  return value;
};
