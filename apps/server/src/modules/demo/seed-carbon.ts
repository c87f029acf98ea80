import type { Kysely } from 'kysely';
import type { EnterpriseSourceInput } from '@jiliang/shared';
import { addDays, addMonths, getDateParts, toShanghaiDate } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * Demo greenhouse-gas accounting (issue 7): the default factor library, emission sources on the demo points
 * (electricity and natural gas measured; coal, coke and limestone from monthly bills and weighbridge records,
 * i.e. estimated), and for each enterprise a run over the last twelve whole months with a Monte Carlo, plus the
 * calendar year so far for the Province's totals. One enterprise corrects a month's entry and re-runs, so the
 * comparison screen has something to show.
 */
type Plan = { source: Omit<EnterpriseSourceInput, 'pointId'> & { pointCode?: string }; monthly?: number; evidence?: string };

const plansFor = (industry: string | null, hasGas: boolean, hasSteam: boolean): Plan[] => {
  const plans: Plan[] = [
    {
      source: {
        code: 'S-EL',
        name: '外购电力',
        kind: 'purchased_electricity',
        subject: 'electricity',
        pointCode: 'EL-IN',
        activityUnit: 'MWh',
        parameters: { factor: { factor: 'grid.national' } },
      },
    },
  ];
  if (hasGas)
    plans.push({
      source: {
        code: 'S-NG',
        name: '天然气燃烧',
        kind: 'fuel_combustion',
        subject: 'natural_gas',
        pointCode: 'NG-IN',
        activityUnit: '10^4Nm3',
        parameters: {
          ncv: { factor: 'fuel.natural_gas.ncv' },
          carbonContent: { factor: 'fuel.natural_gas.cc' },
          oxidationRate: { factor: 'fuel.natural_gas.of' },
        },
      },
    });
  if (hasSteam)
    plans.push({
      source: {
        code: 'S-ST',
        name: '输出蒸汽',
        kind: 'exported_steam',
        subject: 'steam',
        pointCode: 'ST-OUT',
        activityUnit: 't',
        parameters: { enthalpy: { value: 2950, unit: 'kJ/kg', uRel: 0.01 }, factor: { factor: 'heat.default' } },
      },
    });
  const coal = (code: string, subject: string, name: string, monthly: number): Plan => ({
    source: {
      code,
      name,
      kind: 'fuel_combustion',
      subject,
      activityUnit: 't',
      parameters: {
        ncv: { factor: `fuel.${subject}.ncv` },
        carbonContent: { factor: `fuel.${subject}.cc` },
        oxidationRate: { factor: `fuel.${subject}.of` },
      },
    },
    monthly,
    evidence: '入厂煤汽车衡过磅记录及月度盘存表',
  });
  if (industry === '水泥制造')
    plans.push(coal('S-COAL', 'bituminous_coal', '窑头窑尾烟煤', 9000), {
      source: {
        code: 'S-LS',
        name: '石灰石分解',
        kind: 'carbonate',
        subject: 'CaCO3',
        activityUnit: 't',
        parameters: { purity: { value: 92, unit: '%', uRel: 0.01 }, factor: { factor: 'carbonate.caco3' } },
      },
      monthly: 120_000,
      evidence: '生料配料记录与石灰石进厂计量单',
    });
  if (industry === '炼钢') plans.push(coal('S-COKE', 'coke', '高炉焦炭', 25_000));
  if (industry === '火力发电') plans.push(coal('S-COAL', 'bituminous_coal', '锅炉燃煤', 60_000));
  if (industry === '磷肥制造' || industry === '氮肥制造' || industry === '无机碱制造')
    plans.push(coal('S-COAL', 'bituminous_coal', '动力锅炉燃煤', 6000));
  return plans;
};

export const seedCarbon = async (services: Services, db: Kysely<Database>, actor: AuditActor, now: Date) => {
  await services.factors.ensureDefaultFactors(actor);
  const today = toShanghaiDate(now);
  const { year, month } = getDateParts(today);
  const thisMonth = `${year}-${String(month).padStart(2, '0')}-01`;
  // The last twelve whole months, and this calendar year (its later months are named as missing until their data comes).
  const rollingStart = addMonths(thisMonth, -12);
  const rollingEnd = addDays(thisMonth, -1);
  const enterprises = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'industry'])
    .where('kind', '=', 'enterprise')
    .orderBy('name')
    .execute();
  let runs = 0;
  let corrected = false;
  for (const [i, enterprise] of enterprises.entries()) {
    const points = await db.selectFrom('points').select(['id', 'code']).where('enterpriseId', '=', enterprise.id).execute();
    if (!points.some((p) => p.code === 'EL-IN')) continue;
    const pointOf = (code?: string) => points.find((p) => p.code === code)?.id;
    const plans = plansFor(
      enterprise.industry,
      points.some((p) => p.code === 'NG-IN'),
      points.some((p) => p.code === 'ST-OUT'),
    );
    const estimated: string[] = [];
    for (const plan of plans) {
      const { pointCode, ...source } = plan.source;
      const created = await services.emissionSources.createSource(actor, enterprise.id, { ...source, pointId: pointOf(pointCode) ?? null });
      if (plan.monthly === undefined) continue;
      estimated.push(created.id);
      for (let m = rollingStart, k = 0; m <= thisMonth; m = addMonths(m, 1), k++) {
        // A seasonal load with a little noise, the same on every machine.
        const season = 1 + 0.1 * Math.cos(((getDateParts(m).month - 1) / 12) * 2 * Math.PI);
        const value = Math.round(plan.monthly * season * (0.95 + ((i * 7 + k * 13) % 10) / 100));
        await services.emissionSources.addEntry(actor, created.id, {
          month: m.slice(0, 7),
          value,
          unit: 't',
          uRel: 0.02,
          evidence: plan.evidence ?? '月度台账',
        });
      }
    }
    const production = enterprise.industry === '水泥制造' ? { product: '水泥熟料', value: 1_200_000, unit: 't' } : undefined;
    await services.accounting.createRun(actor, enterprise.id, {
      periodStart: rollingStart,
      periodEnd: rollingEnd,
      monteCarlo: { iterations: 20_000, seed: 20_230_301 + i },
      ...(production ? { production } : {}),
      outputValue10kYuan: 50_000 + 10_000 * i,
      note: '近十二个月核算 (demo)',
    });
    await services.accounting.createRun(actor, enterprise.id, {
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      note: `${year} 年度核算（数据截至本月）`,
    });
    runs += 2;
    // One correction and a re-run, for the comparison screen: the first enterprise with an estimated source.
    if (!corrected && estimated[0]) {
      corrected = true;
      const entries = await services.emissionSources.listEntries([estimated[0]]);
      const last = entries.filter((e) => e.supersededBy === null && `${e.month}-01` <= rollingEnd).at(-1)!;
      await services.emissionSources.addEntry(actor, estimated[0], {
        month: last.month,
        value: Math.round(last.value * 1.04),
        unit: last.unit,
        uRel: 0.02,
        evidence: '盘存复核后更正 (demo)',
      });
      await services.accounting.createRun(actor, enterprise.id, {
        periodStart: rollingStart,
        periodEnd: rollingEnd,
        monteCarlo: { iterations: 20_000, seed: 20_230_301 + i },
        note: '更正后复算 (demo)',
      });
      runs++;
    }
  }
  return { runs };
};
