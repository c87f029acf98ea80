import type { BilingualLabel } from '../../i18n/utils/pickLabel.ts';

/** The parameters of SOURCE_PARAMETERS (packages/shared), named as GB/T 32150 names them. */
export const SOURCE_PARAMETER_LABELS: Record<string, BilingualLabel> = {
  ncv: { zh: '低位发热量', en: 'Net calorific value' },
  carbonContent: { zh: '单位热值含碳量', en: 'Carbon content' },
  oxidationRate: { zh: '碳氧化率', en: 'Oxidation rate' },
  purity: { zh: '纯度', en: 'Purity' },
  factor: { zh: '排放因子', en: 'Emission factor' },
  calcinedFraction: { zh: '煅烧比例', en: 'Calcined fraction' },
  caoContent: { zh: '熟料 CaO 含量', en: 'CaO content' },
  mgoContent: { zh: '熟料 MgO 含量', en: 'MgO content' },
  caoNonCarbonate: { zh: '非碳酸盐 CaO', en: 'Non-carbonate CaO' },
  mgoNonCarbonate: { zh: '非碳酸盐 MgO', en: 'Non-carbonate MgO' },
  enthalpy: { zh: '蒸汽焓值', en: 'Steam enthalpy' },
  temperature: { zh: '热水温度', en: 'Hot-water temperature' },
};
