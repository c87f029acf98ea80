import { describe, expect, it } from 'vitest';
import { formatBinding } from './formatBinding.ts';

describe('formatBinding (a source parameter)', () => {
  it('shows a library binding by its code', () => {
    expect(formatBinding({ factor: 'fuel.natural_gas.cc' })).toBe('fuel.natural_gas.cc');
  });
  it('shows a measured value with its unit and its one uncertainty', () => {
    expect(formatBinding({ value: 385.2, unit: 'GJ/10^4Nm3', uRel: 0.007 })).toBe('385.2 GJ/10^4Nm3 (uRel 0.70\u00a0%)');
    expect(formatBinding({ value: 3100, unit: 'kJ/kg', URel: 0.01, k: 2 })).toBe('3100 kJ/kg (URel 1.00\u00a0%, k = 2)');
    expect(formatBinding({ value: 95, unit: '%', mpeRel: 0.005 })).toBe('95 % (MPE ±0.50\u00a0%)');
    expect(formatBinding({ value: 80, unit: '°C' })).toBe('80 °C');
  });
});
