/**
 * What the emission report's DOCX and XLSX share (issue 7 §6): the run with its reporting entity, each source with its
 * provenance, calculator input and result side by side, and the GB/T 32150-2015 groups of the total. No rounding here:
 * the DOCX rounds when it prints, the XLSX keeps the unrounded numbers.
 */
import { HUBEI_REGIONS, SOURCE_PARAMETERS, type AccountingRun, type EmissionSource, type EmissionSourceKind } from '@jiliang/shared';
import type { FactorUse, MeasuredQuantity, SourceProvenance, SourceResult } from '@jiliang/shared';
import type { OrganisationService } from '../identity/organisation.service.ts';
import type { AccountingService } from './accounting.service.ts';

/** The reporting entity as GB/T 32150 names it: 报告主体 (from its organisation row, as it is today). */
export type ReportingEntity = { name: string; creditCode: string | null; industry: string | null; regionName: string | null };
export type EmissionReportInput = { run: AccountingRun; entity: ReportingEntity };
export type EmissionReportDeps = {
  accounting: Pick<AccountingService, 'getRun'>;
  organisations: Pick<OrganisationService, 'getOrganisation'>;
};
export type EmissionReportFile = { filename: string; contentType: string; content: Buffer };

export const loadEmissionReport = async (deps: EmissionReportDeps, runId: string): Promise<EmissionReportInput> => {
  const run = await deps.accounting.getRun(runId);
  const org = await deps.organisations.getOrganisation(run.enterpriseId);
  return {
    run,
    entity: {
      name: org.name,
      creditCode: org.creditCode,
      industry: org.industry,
      regionName: HUBEI_REGIONS.find((r) => r.code === org.regionCode)?.name ?? null,
    },
  };
};

/**
 * GB/T 32150-2015: the total is fuel combustion + process emissions + purchased electricity and heat − exported
 * electricity and heat − CO2 recovered. CH4 and N2O are counted with process emissions, where the industry guides
 * under GB/T 32151 put them; biomass CO2 stays outside every group and is reported separately.
 */
export const GBT32150_GROUPS = ['combustion', 'process', 'purchased', 'exported', 'recovered'] as const;
export type Gbt32150Group = (typeof GBT32150_GROUPS)[number];
export const GBT32150_GROUP_LABELS: Record<Gbt32150Group, string> = {
  combustion: '化石燃料燃烧',
  process: '过程排放',
  purchased: '购入电力/热力',
  exported: '输出电力/热力',
  recovered: '回收利用',
};
const GROUP_OF: Record<EmissionSourceKind, Gbt32150Group> = {
  fuel_combustion: 'combustion',
  carbonate: 'process',
  clinker: 'process',
  non_co2: 'process',
  purchased_electricity: 'purchased',
  purchased_heat: 'purchased',
  purchased_steam: 'purchased',
  purchased_hot_water: 'purchased',
  exported_electricity: 'exported',
  exported_heat: 'exported',
  exported_steam: 'exported',
  exported_hot_water: 'exported',
  co2_recovered: 'recovered',
};

export type ReportSource = {
  provenance: SourceProvenance;
  input: EmissionSource;
  result: SourceResult;
  group: Gbt32150Group;
  /** Biomass CO2: outside the total (GB/T 32150). */
  biomass: boolean;
  /** Share of the activity from instruments with a valid certificate on the day (0–1). */
  measuredFraction: number;
  /** The source's part of the run's measuredTco2: counted, positive emissions × the measured fraction. */
  measuredTco2: number;
};

/** The run's sources by site (sources without a site last), then by code. */
export const listReportSources = (run: AccountingRun): ReportSource[] =>
  run.record.provenance
    .map((provenance) => {
      const input = run.record.calculation.sources.find((s) => s.id === provenance.sourceId)!;
      const result = run.result.emissions.sources.find((s) => s.id === provenance.sourceId)!;
      const measuredFraction = run.record.measuredFractions[provenance.sourceId] ?? 0;
      return {
        provenance,
        input,
        result,
        group: GROUP_OF[input.kind],
        biomass: !result.countedInTotal,
        measuredFraction,
        measuredTco2: result.countedInTotal && result.tco2 > 0 ? result.tco2 * measuredFraction : 0,
      };
    })
    .sort(
      (a, b) =>
        Number(a.provenance.siteName === null) - Number(b.provenance.siteName === null) ||
        (a.provenance.siteName ?? '').localeCompare(b.provenance.siteName ?? '', 'zh-CN') ||
        a.provenance.code.localeCompare(b.provenance.code),
    );

/** The group a source is reported under; biomass CO2 is in none (GB/T 32150: reported separately). */
export const groupLabelOf = (s: ReportSource): string => (s.biomass ? '生物质燃烧（单独报告）' : GBT32150_GROUP_LABELS[s.group]);

/** tCO2 per group of the counted sources (unrounded); the groups add up to the run's total (to the last bits of a float sum). */
export const sumByGroup = (sources: readonly ReportSource[]): Record<Gbt32150Group, number> => {
  const sums = Object.fromEntries(GBT32150_GROUPS.map((g) => [g, 0])) as Record<Gbt32150Group, number>;
  for (const s of sources) if (!s.biomass) sums[s.group] += s.result.tco2;
  return sums;
};

export const PARAMETER_LABELS: Record<string, string> = {
  ncv: '低位发热量',
  carbonContent: '单位热值含碳量',
  oxidationRate: '碳氧化率',
  factor: '排放因子',
  purity: '纯度',
  calcinedFraction: '煅烧比例',
  caoContent: '熟料CaO含量',
  mgoContent: '熟料MgO含量',
  caoNonCarbonate: '非碳酸盐CaO',
  mgoNonCarbonate: '非碳酸盐MgO',
  enthalpy: '蒸汽焓值',
  temperature: '热水温度',
};

/** A model parameter of a source: a factor library version, or a value the entity measured (e.g. a lab's NCV). */
export type ReportParameter = { name: string; label: string } & ({ factor: FactorUse } | { measured: MeasuredQuantity });

export const listReportParameters = (s: ReportSource): ReportParameter[] => {
  const { required, optional } = SOURCE_PARAMETERS[s.input.kind];
  // In the order of the formula (NCV × CC × OF), as PARAMETER_LABELS lists them.
  const order = Object.keys(PARAMETER_LABELS);
  const names = [...required, ...optional].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return names.flatMap((name): ReportParameter[] => {
    const label = PARAMETER_LABELS[name] ?? name;
    const factor = s.provenance.factors.find((f) => f.parameter === name);
    if (factor) return [{ name, label, factor }];
    const measured = (s.input as unknown as Record<string, MeasuredQuantity | undefined>)[name];
    return measured ? [{ name, label, measured }] : [];
  });
};
