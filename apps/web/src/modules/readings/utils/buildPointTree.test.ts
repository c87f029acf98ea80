import type { Point, Site } from '@jiliang/shared';
import { describe, expect, it } from 'vitest';
import { buildPointTree } from './buildPointTree.ts';

const ENT = '00000000-0000-4000-8000-000000000001';
const site = (id: string, name: string, parentId: string | null): Site => ({
  id,
  enterpriseId: ENT,
  parentId,
  level: parentId ? 'sub_unit' : 'site',
  name,
  nameEn: null,
});
const point = (id: string, code: string, siteId: string | null): Point => ({
  id,
  enterpriseId: ENT,
  code,
  name: `测点${code}`,
  siteId,
  siteName: null,
  medium: 'electricity',
  registerKind: 'cumulative',
  unit: 'kWh',
  multiplier: 1,
  rolloverValue: null,
  intervalMinutes: 15,
  instrumentId: null,
  dlt645Address: null,
  dlt645DataId: null,
  parentPointId: null,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('buildPointTree (issue 5 §7: sites → sub-units → points)', () => {
  it('nests sub-units under their site and points under their sub-unit, sorted by code', () => {
    const tree = buildPointTree(
      { id: ENT, name: '临江钢铁' },
      [site('s1', '青山基地', null), site('u1', '动力厂', 's1')],
      [point('p2', 'EL-U1', 'u1'), point('p1', 'EL-IN', 'u1'), point('p3', 'WA-IN', null)],
    );
    expect(tree.key).toBe(`enterprise:${ENT}`);
    // root: site s1 first (sites come first), then the site-less point WA-IN
    expect(tree.children.map((n) => n.key)).toEqual(['site:s1', 'point:p3']);
    const plant = tree.children[0]!.children[0]!;
    expect(plant.title).toBe('动力厂');
    expect(plant.children.map((n) => n.title)).toEqual(['EL-IN 测点EL-IN', 'EL-U1 测点EL-U1']);
    expect(plant.children[0]!.target).toEqual({ kind: 'point', id: 'p1' });
  });

  it('hangs a point whose site is unknown from the enterprise', () => {
    const tree = buildPointTree({ id: ENT, name: 'E' }, [], [point('p1', 'X', 'gone')]);
    expect(tree.children.map((n) => n.key)).toEqual(['point:p1']);
  });
});
