import type { Kysely } from 'kysely';
import type { CertificateInput, InstrumentInput, InstrumentType, Medium } from '@jiliang/shared';
import { addDays, addMonths, type CalendarDate } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { Database } from '../../store/database.ts';
import { appendAudit, type AuditActor } from '../audit/audit.service.ts';

/**
 * Demo instruments (issue 4): national primary standards at 中国计量科学研究院, the provincial institute's
 * highest standards, working standards at the centre and the laboratories, and a few hundred enterprise
 * instruments with certificate histories. Dates are relative to the day the demo is seeded, so some
 * instruments are always overdue, some due within 30 days, a few never certified, one lapsed and
 * renewed, and one laboratory standard lapsed while still in use (a broken chain to look at).
 */
type Measurand =
  'electricity' | 'mass' | 'liquid_flow' | 'gas_flow' | 'steam_flow' | 'temperature' | 'pressure' | 'heat' | 'gas_composition';
const MEASURANDS: Record<Measurand, { zh: string; primary: string; highest: string; working: string }> = {
  electricity: { zh: '电能', primary: '交流电能国家计量基准', highest: '0.01级三相电能表标准装置', working: '0.05级三相电能表检定装置' },
  mass: { zh: '质量', primary: '质量国家计量基准', highest: 'E1等级砝码组', working: 'M1等级大砝码组(衡器检定用)' },
  liquid_flow: { zh: '液体流量', primary: '水流量国家计量基准', highest: '静态质量法水流量标准装置', working: '标准表法液体流量标准装置' },
  gas_flow: { zh: '气体流量', primary: '气体流量国家计量基准', highest: 'pVTt法气体流量标准装置', working: '音速喷嘴法气体流量标准装置' },
  steam_flow: { zh: '蒸汽流量', primary: '水流量国家计量基准', highest: '蒸汽流量标准装置(质量法)', working: '蒸汽流量计在线校准装置' },
  temperature: {
    zh: '温度',
    primary: '温度国家计量基准',
    highest: '一等标准铂电阻温度计标准装置',
    working: '二等标准铂电阻温度计标准装置',
  },
  pressure: { zh: '压力', primary: '压力国家计量基准', highest: '0.005级活塞式压力计标准装置', working: '0.05级数字压力计标准装置' },
  heat: { zh: '热量', primary: '热量国家计量基准', highest: '热能表检定装置(质量法)', working: '热能表检定装置(标准表法)' },
  gas_composition: { zh: '气体成分', primary: '气体成分国家一级标准物质', highest: '烟气分析仪检定装置', working: 'CEMS现场比对装置' },
};

type Template = {
  name: string;
  type: InstrumentType;
  medium: Medium;
  measurand: Measurand;
  cls: string;
  months: number;
  mandatory: boolean;
  range?: [number, number, string];
  ct?: number;
  pt?: number;
};
const T = (
  name: string,
  type: InstrumentType,
  medium: Medium,
  measurand: Measurand,
  cls: string,
  months: number,
  mandatory = false,
  extra: Partial<Template> = {},
): Template => ({
  name,
  type,
  medium,
  measurand,
  cls,
  months,
  mandatory,
  ...extra,
});

/** What an enterprise of each industry meters at its gate, per sub-unit, and on its main equipment (GB 17167-2006 4.2). */
const ENTRY: Record<string, Template[]> = {
  default: [
    T('110kV进线关口电能表', 'electricity_meter', 'electricity', 'electricity', '0.2S', 12, true, {
      ct: 120,
      pt: 1100,
      range: [0, 1.5, 'A'],
    }),
    T('厂区总水表', 'water_meter', 'water', 'liquid_flow', '2', 24, true, { range: [0, 600, 'm³/h'] }),
  ],
  水泥制造: [
    T('原煤进厂汽车衡', 'weighing_instrument', 'coal', 'mass', 'III', 12, true, { range: [0, 100, 't'] }),
    T('熟料出厂汽车衡', 'weighing_instrument', 'other', 'mass', 'III', 12, true, { range: [0, 100, 't'] }),
  ],
  炼钢: [
    T('焦炭进厂轨道衡', 'weighing_instrument', 'coke', 'mass', 'III', 12, true, { range: [0, 150, 't'] }),
    T('转炉煤气回收总管流量计', 'gas_flow_meter', 'coal_gas', 'gas_flow', '2.0', 12, false, { range: [0, 120000, 'm³/h'] }),
  ],
  火力发电: [
    T('入厂煤汽车衡', 'weighing_instrument', 'coal', 'mass', 'III', 12, true, { range: [0, 100, 't'] }),
    T('供热蒸汽出厂流量计', 'steam_flow_meter', 'steam', 'steam_flow', '2.5', 12, false, { range: [0, 200, 't/h'] }),
    T('1号机组CEMS', 'cems_analyser', 'flue_gas', 'gas_composition', '2.0', 6),
  ],
  default_gas: [T('天然气进厂贸易计量表', 'gas_flow_meter', 'natural_gas', 'gas_flow', '1.0', 12, true, { range: [0, 5000, 'Nm³/h'] })],
};
const PER_SUB_UNIT: Template[] = [
  T('车间总电能表', 'electricity_meter', 'electricity', 'electricity', '0.5S', 24, false, { ct: 80, range: [0, 1.5, 'A'] }),
  T('车间蒸汽流量计', 'steam_flow_meter', 'steam', 'steam_flow', '2.5', 12, false, { range: [0, 30, 't/h'] }),
  T('车间用水水表', 'water_meter', 'water', 'liquid_flow', '2', 24, true, { range: [0, 100, 'm³/h'] }),
];
const MAIN_EQUIPMENT: Template[] = [
  T('主电机电能表', 'electricity_meter', 'electricity', 'electricity', '1', 24, false, { ct: 60 }),
  T('风机电能表', 'electricity_meter', 'electricity', 'electricity', '1', 24, false, { ct: 40 }),
  T('工艺蒸汽温度变送器', 'temperature_instrument', 'steam', 'temperature', '0.5', 12),
  T('工艺蒸汽压力变送器', 'pressure_instrument', 'steam', 'pressure', '0.5', 12),
  T('余热回收热能表', 'heat_meter', 'heat', 'heat', '2', 24),
];

/** mulberry32: the demo is the same on every machine. */
const random = (seed: number) => () => {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

type Lab = { id: string; name: string; prefix: string; working: Partial<Record<Measurand, string>> };

export const seedInstruments = async (
  services: Services,
  db: Kysely<Database>,
  ids: ReadonlyMap<string, string>,
  actor: AuditActor,
  today: CalendarDate,
): Promise<{ instruments: number; certificates: number; standards: number }> => {
  const rnd = random(20_231_101);
  const idOf = (key: string) => ids.get(key) ?? '';
  let certificates = 0;
  const serial = new Map<string, number>();
  const nextNumber = (prefix: string, on: string) => {
    const year = on.slice(0, 4);
    const n = (serial.get(`${prefix}${year}`) ?? 0) + 1;
    serial.set(`${prefix}${year}`, n);
    return `${prefix}${year}-${String(n).padStart(4, '0')}`;
  };

  // ---- The chain's upper links: national primary → provincial highest → working standards ----------
  const nim = await services.standards.ensureNationalInstitute(actor);
  const institute = await services.organisations.createOrganisation(actor, {
    kind: 'laboratory',
    name: '湖北省计量测试技术研究院',
    nameEn: 'Hubei Institute of Measurement and Testing Technology',
    divisionCode: '420106',
    industry: '计量服务',
  });
  const primary: Partial<Record<Measurand, string>> = {};
  const highest: Partial<Record<Measurand, string>> = {};
  let standards = 0;
  for (const [m, names] of Object.entries(MEASURANDS) as [Measurand, (typeof MEASURANDS)[Measurand]][]) {
    if (m === 'steam_flow') primary[m] = primary.liquid_flow;
    else {
      primary[m] = (
        await services.standards.createStandard(actor, {
          ownerId: nim,
          name: names.primary,
          code: `GJJZ-${m}`,
          level: 'national_primary',
          measurand: names.zh,
        })
      ).id;
      standards++;
    }
    highest[m] = (
      await services.standards.createStandard(actor, {
        ownerId: institute.id,
        name: names.highest,
        code: `[2018]鄂量标法证字第${String(standards).padStart(3, '0')}号`,
        level: 'highest',
        measurand: names.zh,
        intervalMonths: 24,
      })
    ).id;
    standards++;
    // Calibrated at NIM every two years, back far enough to cover every use of the working standards below.
    const last = addDays(today, -200 - Math.floor(rnd() * 200));
    for (const on of [addMonths(last, -72), addMonths(last, -48), addMonths(last, -24), last]) {
      await services.certificates.addCertificate(
        actor,
        { standardId: highest[m]! },
        {
          number: nextNumber('NIM-', on),
          kind: 'calibration',
          laboratoryName: '中国计量科学研究院',
          laboratoryId: nim,
          calibratedOn: on,
          validUntil: addDays(addMonths(on, 24), -1),
          conclusion: 'calibrated',
          referenceStandardIds: [primary[m]!],
          results: [
            { quantity: names.zh, unit: '%', expandedUncertainty: 0.01, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
          ],
        },
      );
      certificates++;
    }
  }
  const labs: Lab[] = [
    { id: idOf('inst-chutian-cmc'), name: '湖北省楚天碳计量中心', prefix: 'CTJ-', working: {} },
    { id: idOf('lab-donghu-calibration'), name: '武汉东湖衡准计量校准有限公司', prefix: 'DHHZ-', working: {} },
    { id: idOf('lab-xiajiang-testing'), name: '宜昌峡江计量检测有限公司', prefix: 'XJJC-', working: {} },
  ].filter((l) => l.id);
  for (const [li, lab] of labs.entries()) {
    for (const [m, names] of Object.entries(MEASURANDS) as [Measurand, (typeof MEASURANDS)[Measurand]][]) {
      const standard = await services.standards.createStandard(actor, {
        ownerId: lab.id,
        name: names.working,
        code: `[2021]鄂量标证字第${String(100 + standards).padStart(3, '0')}号`,
        level: 'working',
        measurand: names.zh,
        intervalMonths: 12,
      });
      standards++;
      lab.working[m] = standard.id;
      // Xiajiang's steam-flow standard lapsed 90 days ago and is still used: the chains through it break.
      const lapsed = li === 2 && m === 'steam_flow';
      // Recalibrated every 12 months without a gap, back six years (as far as the oldest instrument certificate).
      const offset = 20 + Math.floor(rnd() * 60);
      for (const back of lapsed ? [5, 4, 3, 2, 1] : [5, 4, 3, 2, 1, 0]) {
        const on = lapsed && back === 1 ? addDays(today, -455) : addDays(addMonths(today, -12 * back), -offset);
        await services.certificates.addCertificate(
          actor,
          { standardId: standard.id },
          {
            number: nextNumber('HBJL-', on),
            kind: 'verification',
            laboratoryName: institute.name,
            laboratoryId: institute.id,
            calibratedOn: on,
            validUntil: addDays(addMonths(on, 12), -1),
            conclusion: 'pass',
            referenceStandardIds: [highest[m]!],
            results: [
              { quantity: names.zh, unit: '%', expandedUncertainty: 0.03, coverageFactor: 2, uncertaintyRelative: true, unitValid: true },
            ],
          },
        );
        certificates++;
      }
    }
    for (const [kind, name, measurand, range] of [
      ['verification_calibration', '电能表检定', '电能', '0.2S~2级'],
      ['verification_calibration', '衡器检定(汽车衡、轨道衡)', '质量', '≤150 t'],
      ['verification_calibration', '气体流量计校准', '气体流量', '(1~5000) m³/h'],
      ['verification_calibration', '蒸汽流量计在线校准', '蒸汽流量', '(0.5~200) t/h'],
      ['verification_calibration', '热能表检定', '热量', 'DN15~DN300'],
      ['verification_calibration', '压力变送器校准', '压力', '(0~60) MPa'],
      ['key_parameter', '燃煤元素碳含量测定', '碳含量', '—'],
      ['key_parameter', '天然气低位发热量测定', '发热量', '—'],
      ['key_parameter', '烟气CO2浓度比对测量', '气体成分', '(0~20)%'],
      ['key_parameter', '熟料CaO/MgO含量测定', '化学成分', '—'],
    ] as const)
      await services.standards.createCapability(actor, lab.id, { kind, name, measurand, rangeText: range });
  }
  // JJF 1033-2023 checks on the centre's electricity standard: a passing repeatability test, a stability record.
  const centreElectricity = labs[0]?.working.electricity;
  if (centreElectricity) {
    await services.standards.recordCheck(actor, centreElectricity, {
      kind: 'repeatability',
      performedOn: addDays(today, -40),
      readings: [0.0012, 0.0015, 0.0011, 0.0013, 0.0014, 0.0012, 0.0016, 0.0013, 0.0012, 0.0014],
      budgetRepeatability: 0.0005,
    });
    await services.standards.recordCheck(actor, centreElectricity, {
      kind: 'stability',
      performedOn: addDays(today, -30),
      standardKind: 'existing',
      groups: [
        { date: addDays(today, -395), readings: [0.0021, 0.0019, 0.0022, 0.002] },
        { date: addDays(today, -30), readings: [0.0024, 0.0023, 0.0025, 0.0022] },
      ],
      usedWithCorrection: false,
      mpe: 0.05,
    });
  }

  // ---- Enterprise registers ----------------------------------------------------------------------
  const enterprises = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'industry', 'regionCode'])
    .where('kind', '=', 'enterprise')
    .where('id', 'in', [...ids.values()])
    .orderBy('name')
    .execute();
  let instruments = 0;
  for (const [ei, enterprise] of enterprises.entries()) {
    const sites = await db
      .selectFrom('sites')
      .select(['id', 'name', 'level', 'parentId'])
      .where('enterpriseId', '=', enterprise.id)
      .orderBy('name')
      .execute();
    const lab = enterprise.regionCode === '420500' && labs[2] ? labs[2] : labs[ei % 2]!;
    const plan: { template: Template; siteId: string | null; level: InstrumentInput['gb17167Level']; equipment?: string }[] = [];
    const firstSite = sites.find((s) => s.level === 'site')?.id ?? null;
    for (const template of [...ENTRY.default!, ...(ENTRY[enterprise.industry ?? ''] ?? ENTRY.default_gas!)])
      plan.push({ template, siteId: firstSite, level: 'entry_exit' });
    for (const unit of sites.filter((s) => s.level === 'sub_unit')) {
      for (const template of PER_SUB_UNIT)
        if (rnd() < 0.85)
          plan.push({
            template: { ...template, name: `${unit.name}${template.name.replace('车间', '')}` },
            siteId: unit.id,
            level: 'sub_unit',
          });
      for (const template of MAIN_EQUIPMENT)
        if (rnd() < 0.6)
          plan.push({ template, siteId: unit.id, level: 'main_equipment', equipment: `${unit.name}${template.name.slice(0, 2)}` });
    }
    await db.transaction().execute(async (trx) => {
      for (const [i, { template, siteId, level, equipment }] of plan.entries()) {
        const code = `${String.fromCharCode(65 + (ei % 26))}${String(i + 1).padStart(3, '0')}`;
        const id = await services.instruments.insertInTransaction(
          trx,
          actor,
          enterprise.id,
          {
            code,
            name: template.name,
            instrumentType: template.type,
            medium: template.medium,
            maker: ['武汉江城电气仪表', '浙江正泰仪器仪表', '上海横河电机', '重庆川仪', '梅特勒-托利多(常州)'][Math.floor(rnd() * 5)],
            model: `${template.type.slice(0, 2).toUpperCase()}-${100 + Math.floor(rnd() * 900)}`,
            serialNumber: `${enterprise.id.slice(0, 4).toUpperCase()}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
            accuracyClass: template.cls,
            rangeMin: template.range?.[0] ?? null,
            rangeMax: template.range?.[1] ?? null,
            rangeUnit: template.range?.[2] ?? null,
            ctRatio: template.ct ?? null,
            ptRatio: template.pt ?? null,
            siteId,
            equipment: equipment ?? null,
            location: sites.find((s) => s.id === siteId)?.name ?? null,
            gb17167Level: level,
            mandatoryVerification: template.mandatory,
            intervalMonths: template.months,
            status: rnd() < 0.04 ? 'spare' : 'in_service',
          },
          false,
        );
        instruments++;
        const roll = rnd();
        if (roll < 0.03) continue; // never certified
        const span = template.months * 30;
        // ~10 % overdue, ~8 % due within 30 days, the rest current.
        const age =
          roll < 0.13
            ? span + 10 + Math.floor(rnd() * 120)
            : roll < 0.21
              ? span - 30 + Math.floor(rnd() * 28)
              : 15 + Math.floor(rnd() * (span - 60));
        const latest = addDays(today, -age);
        // The first instrument of each register lapsed for two months before its renewal (status at time t shows the gap).
        const history =
          i === 0
            ? [addMonths(addDays(today, -100), -template.months - 2), addDays(today, -100)]
            : [addMonths(latest, -template.months * 2), addMonths(latest, -template.months), latest];
        const verification = template.mandatory || template.type === 'weighing_instrument' || template.type === 'electricity_meter';
        for (const on of history.filter((d) => d <= today)) {
          const input: CertificateInput = {
            number: nextNumber(lab.prefix, on),
            kind: verification ? 'verification' : 'calibration',
            laboratoryName: lab.name,
            laboratoryId: lab.id,
            calibratedOn: on,
            validUntil: addDays(addMonths(on, template.months), -1),
            conclusion: verification ? 'pass' : 'calibrated',
            referenceStandardIds: [lab.working[template.measurand]!],
            results: [
              {
                quantity: MEASURANDS[template.measurand].zh,
                unit: '%',
                expandedUncertainty: Number((Number.parseFloat(template.cls) / 3 || 0.3).toFixed(3)),
                coverageFactor: 2,
                uncertaintyRelative: true,
                unitValid: true,
              },
            ],
          };
          await services.certificates.insertInTransaction(trx, actor, { instrumentId: id }, input, {
            source: 'manual',
            audit: false,
            refreshDue: false,
          });
          certificates++;
        }
        await services.certificates.refreshDue(trx, { instrumentId: id });
      }
      await appendAudit(
        trx,
        {
          actor,
          organisationId: enterprise.id,
          action: 'instrument.import',
          entityType: 'instrument_register',
          entityId: enterprise.id,
          after: { rows: plan.length, source: 'seed-demo' },
        },
        new Date(),
      );
    });
  }
  return { instruments, certificates, standards };
};
