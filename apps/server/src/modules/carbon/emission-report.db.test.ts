import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_ACTOR, fixedClock, makeServices } from '../../../test/factories.ts';
import { buildCarbonQuarter } from '../../../test/carbon-world.ts';
import { isTestStoreAvailable, openTestStore, testStoreKind } from '../../../test/test-store.ts';
import type { Services } from '../../services.ts';
import type { Store } from '../../store/store.ts';
import { readZipText } from '../documents/zip-entries.test-support.ts';
import { getEmissionReportDocx } from './emission-report.docx.ts';
import { getEmissionReportXlsx } from './emission-report.xlsx.ts';

/** The printed text of a DOCX: every w:t run, in order (each cell and paragraph of the report is one run). */
const docxTexts = (docx: Buffer): string[] =>
  [...readZipText(docx, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

/** Half-up to 2 decimals, written independently of the report's own rounding. */
const cents = (tco2: number) => (Math.round(tco2 * 100 + 1e-9) / 100).toFixed(2);

/**
 * The annual emission report (issue 7 §6) of the run worked by hand in carbon.db.test.ts, on both stores, over
 * January–April 2025 so that April is a missing month of both sources:
 *   electricity: 300 MWh × 0.5306 tCO2/MWh (grid.national v3, S2) = 159.18 tCO2, 140 000 of 300 000 kWh measured;
 *   natural gas: 30 × 10⁴ Nm³ × 389.31 × 0.0153 × 99 % × 44/12 = 648.6566427 tCO2 (three S2 factors), estimated;
 *   total 807.8366427 tCO2 → 807.84; U = 2·√((159.18 × 0.25 %)² + (648.6566427 × 5 %)²) = 64.8705 → 64.87;
 *   measured share = 159.18 × 140/300 / 807.8366427 = 9.195 % → 9.2 %.
 */
describe.skipIf(!isTestStoreAvailable())(`the emission report (DOCX, XLSX) on ${testStoreKind()}`, () => {
  let store: Store;
  let services: Services;
  beforeEach(async () => {
    store = await openTestStore();
    services = makeServices(store, fixedClock('2025-05-10T02:00:00.000Z'));
    await services.factors.ensureDefaultFactors(TEST_ACTOR);
  });
  afterEach(async () => store?.close());

  /** `more` adds sources before the run (January–April 2025, Monte Carlo with seed 42, production and output value). */
  const setup = async (more?: (enterpriseId: string) => Promise<void>) => {
    const { enterprise, electricity, gas } = await buildCarbonQuarter(services, { name: '湖北示例水泥有限公司', gasSite: '一号厂区' });
    await more?.(enterprise.id);
    const run = await services.accounting.createRun(TEST_ACTOR, enterprise.id, {
      periodStart: '2025-01-01',
      periodEnd: '2025-04-30',
      monteCarlo: { iterations: 2000, seed: 42 },
      production: { product: '水泥熟料', value: 1000, unit: 't' },
      outputValue10kYuan: 500,
    });
    return { enterprise, electricity, gas, run };
  };

  it('DOCX: the nine GB/T 32150 sections, tCO2 to 0.01 as in the run, the 待核实 factors, U at k = 2, the measured share', async () => {
    const { enterprise, electricity, gas, run } = await setup();
    const file = await getEmissionReportDocx(services, run.id);
    expect(file.filename).toBe('温室气体排放报告-湖北示例水泥有限公司-2025-01-01至2025-04-30.docx');
    const texts = docxTexts(file.content);
    for (const heading of [
      '一、报告主体基本情况',
      '二、核算边界与排放源识别',
      '三、活动数据及来源',
      '四、排放因子及来源',
      '五、排放量',
      '六、不确定性',
      '七、计量数据占比',
      '八、排放强度',
      '九、核算方法版本与可复核性',
    ])
      expect(texts).toContain(heading);
    // 一: the entity from its organisation row (GB/T 2260: 420607 is in Xiangyang).
    expect(texts).toEqual(expect.arrayContaining(['湖北示例水泥有限公司', enterprise.creditCode!, '水泥制造', '襄阳市', '一号厂区']));
    // 五: each source's tCO2 rounded half-up to 0.01, equal to the run's figure and to the hand calculation.
    const tco2 = Object.fromEntries(run.result.emissions.sources.map((s) => [s.id, s.tco2]));
    expect([cents(tco2[electricity.id]!), cents(tco2[gas.id]!), cents(run.result.emissions.totalTco2)]).toEqual([
      '159.18',
      '648.66',
      '807.84',
    ]);
    expect(texts).toEqual(expect.arrayContaining(['159.18', '648.66', '807.84', '化石燃料燃烧', '购入电力/热力']));
    expect(texts.join('')).toContain('核算期内温室气体排放总量为807.84 tCO2（不含生物质燃烧CO2）');
    // 四: grid.national v3 and the natural-gas factors are S2: each printed with its 待核实 label, and counted.
    expect(texts).toContain('[S2] 仅见于第三方数据,待核实');
    expect(texts.filter((t) => t === '[S2] 仅见于第三方数据,待核实')).toHaveLength(4);
    expect(texts).toContain('第3版');
    expect(texts.join('')).toContain('其中4项因子的确认程度为S2或M（待核实）');
    // 三: the certificate behind the measured activity, and the missing month named for both sources.
    expect(texts).toContain('A001 证书WH-2024-0215（有效期至2025-02-14）');
    expect(texts.join('')).toContain('S-NG 窑炉天然气：2025-04；S-EL 外购电力：2025-04');
    // 六: JJF 1059.1 per source, IPCC approach 1 for the sum, U at k = 2 and the 95 % interval; Monte Carlo with its seed.
    const u = run.result.emissions.uncertainty;
    expect(cents(u.UTco2)).toBe('64.87');
    expect(texts.join('')).toContain(
      `扩展不确定度U=64.87 tCO2（k=2，U_rel=8.03%）；95%包含区间为[${cents(u.interval95[0])}, ${cents(u.interval95[1])}] tCO2`,
    );
    expect(texts).toEqual(expect.arrayContaining(['0.25%', '5.00%']));
    expect(texts.join('')).toContain('迭代2000次，随机数种子42');
    // 七: 测算→计量.
    expect(run.result.measuredShare).toBeCloseTo(0.09195, 5);
    expect(texts.join('')).toContain('本次核算计量数据占比为9.2%（计量排放量74.28 tCO2）');
    expect(texts).toEqual(expect.arrayContaining(['46.7%', '0.0%']));
    // 八 and 九.
    expect(texts.join('')).toContain('单位产品排放量：0.8078 tCO2/t');
    expect(texts.join('')).toContain('万元产值排放量：1.6157 tCO2/万元');
    expect(texts).toContain(`jiliang calc verify ${run.id}`);
    expect(texts).toContain('2025-05-10 10:00（北京时间）');
    // The fuel's factors in the order of the formula: NCV × CC × OF.
    expect(texts.filter((t) => t.startsWith('fuel.natural_gas.'))).toEqual([
      'fuel.natural_gas.ncv',
      'fuel.natural_gas.cc',
      'fuel.natural_gas.of',
    ]);
    if (process.env.JILIANG_REPORT_SAMPLE_DIR) {
      mkdirSync(process.env.JILIANG_REPORT_SAMPLE_DIR, { recursive: true });
      writeFileSync(`${process.env.JILIANG_REPORT_SAMPLE_DIR}/emission-report.docx`, file.content);
      writeFileSync(
        `${process.env.JILIANG_REPORT_SAMPLE_DIR}/emission-report.xlsx`,
        (await getEmissionReportXlsx(services, run.id)).content,
      );
    }
  });

  it('XLSX: five sheets, unrounded numbers with a display format; April marked missing; factor versions and tags', async () => {
    const { electricity, gas, run } = await setup();
    const file = await getEmissionReportXlsx(services, run.id);
    expect(file.filename).toBe('温室气体排放报告-湖北示例水泥有限公司-2025-01-01至2025-04-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '排放源', '月度', '因子', '不确定性']);
    const rowOf = (sheet: string, first: string) => {
      const ws = workbook.getWorksheet(sheet)!;
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === first) return ws.getRow(r);
      throw new Error(`no row ${first} in ${sheet}`);
    };
    const total = rowOf('汇总', '排放总量').getCell(2);
    expect(total.value).toBe(run.result.emissions.totalTco2);
    expect(total.value).not.toBe(807.84);
    expect(total.numFmt).toBe('0.00');
    expect(rowOf('汇总', '计量数据占比').getCell(2).value).toBe(run.result.measuredShare);
    expect(rowOf('汇总', '扩展不确定度 U（k=2）').getCell(2).value).toBe(run.result.emissions.uncertainty.UTco2);
    expect(rowOf('汇总', '化石燃料燃烧').getCell(2).value).toBe(run.result.emissions.sources.find((s) => s.id === gas.id)!.tco2);
    const el = rowOf('排放源', 'S-EL');
    expect(el.getCell(12).value).toBe(run.result.emissions.sources.find((s) => s.id === electricity.id)!.tco2);
    expect(el.getCell(14).value).toBe(run.record.measuredFractions[electricity.id]);
    expect(el.getCell(11).value).toBe('2025-04');
    const april = rowOf('月度', '2025-04');
    expect(april.getCell(2).value).toBe('缺失');
    const grid = rowOf('因子', 'S-EL');
    expect([grid.getCell(3).value, grid.getCell(4).value, grid.getCell(5).value, grid.getCell(9).value]).toEqual([
      'grid.national',
      3,
      0.5306,
      'S2',
    ]);
    expect(rowOf('不确定性', '合计（IPCC 2006方法1）').getCell(3).value).toBe(run.result.emissions.uncertainty.uTco2);
  });

  it('GB/T 32150 groups: exported electricity is subtracted, biomass CO2 reported apart; a measured carbon content says 实测值', async () => {
    const { run } = await setup(async (enterpriseId) => {
      const exported = await services.emissionSources.createSource(TEST_ACTOR, enterpriseId, {
        code: 'S-EX',
        name: '输出电力',
        kind: 'exported_electricity',
        subject: 'electricity',
        activityUnit: 'MWh',
        parameters: { factor: { factor: 'grid.national' } },
      });
      await services.emissionSources.addEntry(TEST_ACTOR, exported.id, {
        month: '2025-01',
        value: 10,
        unit: 'MWh',
        evidence: '售电结算单',
      });
      const biomass = await services.emissionSources.createSource(TEST_ACTOR, enterpriseId, {
        code: 'S-BM',
        name: '生物质锅炉',
        kind: 'fuel_combustion',
        subject: 'biomass',
        biomass: true,
        activityUnit: 't',
        parameters: { carbonContent: { value: 0.5, unit: 'tC/t', uRel: 0.02 }, oxidationRate: { value: 98, unit: '%' } },
      });
      await services.emissionSources.addEntry(TEST_ACTOR, biomass.id, { month: '2025-01', value: 100, unit: 't', evidence: '过磅记录' });
    });
    // Exported: −10 MWh × 0.5306 = −5.306 tCO2; biomass: 100 t × 0.5 tC/t × 98 % × 44/12 = 179.6667 tCO2, outside the total.
    expect(run.result.emissions.totalTco2).toBeCloseTo(807.8366427 - 5.306, 7);
    expect(run.result.emissions.biomassTco2).toBeCloseTo((100 * 0.5 * 0.98 * 44) / 12, 9);
    const texts = docxTexts((await getEmissionReportDocx(services, run.id)).content);
    const groupTable = texts.slice(texts.indexOf('按GB/T 32150归类汇总'), texts.indexOf('各月排放量'));
    expect(groupTable).toEqual([
      '按GB/T 32150归类汇总',
      'GB/T 32150归类',
      '排放量（tCO2）',
      ...['化石燃料燃烧', '648.66', '过程排放', '0.00', '购入电力/热力', '159.18', '输出电力/热力', '-5.31', '回收利用', '0.00'],
      ...['合计', '802.53', '生物质燃烧CO2（单独报告，不计入合计）', '179.67'],
    ]);
    expect(texts).toEqual(expect.arrayContaining(['从总量中扣减', '生物质，不计入总量', '实测值', '0.5', 'u=2.00%', 'tC/t']));
    // Biomass is in no GB/T 32150 group: 二 and 五 both say so.
    expect(texts.filter((t) => t === '生物质燃烧（单独报告）')).toHaveLength(2);
    // The measured share counts positive, counted emissions only: the same 9.2 % as without the two sources.
    expect(texts.join('')).toContain('本次核算计量数据占比为9.2%');
  });
});
