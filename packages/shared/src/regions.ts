/**
 * Hubei's 17 prefecture-level divisions and their GB/T 2260 codes: 12 prefecture-level cities,
 * 1 autonomous prefecture (13 "cities and prefectures"), 3 county-level cities administered
 * directly by the province (直管市) and the Shennongjia forestry district (林区).
 * Each has a local market-regulation bureau (CM-5: 所在地市场监管部门).
 */
export type RegionKind = 'city' | 'prefecture' | 'direct_city' | 'forestry_district';

export type HubeiRegion = { code: string; name: string; nameEn: string; kind: RegionKind };

export const HUBEI_PROVINCE_CODE = '420000';

export const HUBEI_REGIONS: readonly HubeiRegion[] = [
  { code: '420100', name: '武汉市', nameEn: 'Wuhan', kind: 'city' },
  { code: '420200', name: '黄石市', nameEn: 'Huangshi', kind: 'city' },
  { code: '420300', name: '十堰市', nameEn: 'Shiyan', kind: 'city' },
  { code: '420500', name: '宜昌市', nameEn: 'Yichang', kind: 'city' },
  { code: '420600', name: '襄阳市', nameEn: 'Xiangyang', kind: 'city' },
  { code: '420700', name: '鄂州市', nameEn: 'Ezhou', kind: 'city' },
  { code: '420800', name: '荆门市', nameEn: 'Jingmen', kind: 'city' },
  { code: '420900', name: '孝感市', nameEn: 'Xiaogan', kind: 'city' },
  { code: '421000', name: '荆州市', nameEn: 'Jingzhou', kind: 'city' },
  { code: '421100', name: '黄冈市', nameEn: 'Huanggang', kind: 'city' },
  { code: '421200', name: '咸宁市', nameEn: 'Xianning', kind: 'city' },
  { code: '421300', name: '随州市', nameEn: 'Suizhou', kind: 'city' },
  { code: '422800', name: '恩施土家族苗族自治州', nameEn: 'Enshi Tujia and Miao Autonomous Prefecture', kind: 'prefecture' },
  { code: '429004', name: '仙桃市', nameEn: 'Xiantao', kind: 'direct_city' },
  { code: '429005', name: '潜江市', nameEn: 'Qianjiang', kind: 'direct_city' },
  { code: '429006', name: '天门市', nameEn: 'Tianmen', kind: 'direct_city' },
  { code: '429021', name: '神农架林区', nameEn: 'Shennongjia Forestry District', kind: 'forestry_district' },
];

/**
 * The prefecture-level region a GB/T 2260 code belongs to. Prefecture-level codes end in "00" and
 * own every county code with the same first four digits; the directly administered cities and
 * Shennongjia (4290xx) are their own region.
 */
export const findRegionOf = (divisionCode: string): HubeiRegion | undefined =>
  HUBEI_REGIONS.find((region) =>
    region.code.endsWith('00') ? divisionCode.slice(0, 4) === region.code.slice(0, 4) : divisionCode === region.code,
  );

export const isInRegion = (divisionCode: string, regionCode: string): boolean => findRegionOf(divisionCode)?.code === regionCode;
