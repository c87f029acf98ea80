import { describe, expect, it } from 'vitest';
import { HUBEI_REGIONS, findRegionOf } from './regions.ts';

describe('Hubei regions (GB/T 2260)', () => {
  it('has 17 prefecture-level divisions: 13 cities and prefectures, 3 direct cities, Shennongjia', () => {
    expect(HUBEI_REGIONS).toHaveLength(17);
    expect(HUBEI_REGIONS.filter((r) => r.kind === 'city' || r.kind === 'prefecture')).toHaveLength(13);
    expect(HUBEI_REGIONS.filter((r) => r.kind === 'direct_city').map((r) => r.code)).toEqual(['429004', '429005', '429006']);
    expect(HUBEI_REGIONS.find((r) => r.kind === 'forestry_district')?.code).toBe('429021');
    expect(new Set(HUBEI_REGIONS.map((r) => r.code)).size).toBe(17);
  });

  it('places a county in its prefecture and a direct city in itself', () => {
    expect(findRegionOf('420607')?.name).toBe('襄阳市');
    expect(findRegionOf('422802')?.code).toBe('422800');
    expect(findRegionOf('429005')?.name).toBe('潜江市');
    expect(findRegionOf('429099')).toBeUndefined();
    expect(findRegionOf('110101')).toBeUndefined();
  });
});
