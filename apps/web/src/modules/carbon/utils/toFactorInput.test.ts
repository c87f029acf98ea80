import type { EmissionFactor } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { toFactorFormValues } from './toFactorFormValues.ts';
import { toFactorInput } from './toFactorInput.ts';

const GRID: EmissionFactor = {
  id: 'd0000000-0000-4000-8000-000000000003',
  code: 'grid.national',
  version: 3,
  kind: 'grid_electricity',
  subject: 'electricity',
  name: '全国电网平均排放因子',
  region: 'national',
  value: 0.5306,
  unit: 'tCO2/MWh',
  uRel: 0.007,
  sourceDocument: '生态环境部 国家统计局公告2025年第47号',
  sourceEdition: '2023 年数据',
  sourceTable: null,
  sourceRow: null,
  confirmation: 'S2',
  effectiveFrom: '2023-01-01',
  effectiveTo: null,
  note: null,
  reason: '2023 年数据 发布',
  actorLabel: 'system:default-factors',
  createdAt: '2026-11-27T00:00:00.000Z',
  superseded: false,
};

describe('toFactorFormValues → toFactorInput (新版本, issue 7 §1)', () => {
  it('starts the next version from the current one, uRel in %, the reason blank', () => {
    const values = toFactorFormValues(GRID);
    expect(values).toMatchObject({ code: 'grid.national', value: 0.5306, uRelPercent: 0.7, reason: null, effectiveTo: null });
  });
  it('sends the corrected value with its reason; blanks become null and uRel a fraction again', () => {
    const input = toFactorInput({
      ...toFactorFormValues(GRID),
      value: 0.5366,
      confirmation: 'verified',
      sourceTable: '  ',
      reason: ' 核对公告附件后更正 ',
    });
    expect(input).toEqual({
      code: 'grid.national',
      kind: 'grid_electricity',
      subject: 'electricity',
      name: '全国电网平均排放因子',
      region: 'national',
      value: 0.5366,
      unit: 'tCO2/MWh',
      uRel: 0.007,
      sourceDocument: '生态环境部 国家统计局公告2025年第47号',
      sourceEdition: '2023 年数据',
      sourceTable: null,
      sourceRow: null,
      confirmation: 'verified',
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      note: null,
      reason: '核对公告附件后更正',
    });
  });
  it('sends uRel null when none is given', () => {
    expect(toFactorInput({ ...toFactorFormValues(GRID), uRelPercent: null }).uRel).toBeNull();
  });
});
