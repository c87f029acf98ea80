import type { DemandAnalysis } from '@jiliang/shared';
import { toCsv } from './toCsv.ts';

/** The report the centre files with the Province (CM-6(1)): industry × energy type, for Excel. */
export const demandCsv = (analysis: DemandAnalysis): string =>
  toCsv(
    [
      '行业 industry',
      '能源种类 medium',
      '企业数 units',
      '器具数 instruments',
      '未计量企业数 unmeasured',
      '未有效检定校准 uncalibrated',
      '无器具测点 points without instrument',
      '最大相对不确定度 % max U',
    ],
    analysis.byIndustry.flatMap((industry) =>
      industry.media.map((m) => [
        industry.industry,
        m.medium,
        m.enterprises,
        m.instruments,
        m.unmeasuredEnterprises,
        m.uncalibrated,
        m.pointsWithoutInstrument,
        m.maxUncertaintyPct,
      ]),
    ),
  );
