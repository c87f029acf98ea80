import { sql, type Kysely } from 'kysely';
import type { IngestRow, PointInput } from '@jiliang/shared';
import { startOfShanghaiDay, toShanghaiDate } from '@jiliang/calc';
import type { Services } from '../../services.ts';
import type { Database } from '../../store/database.ts';
import type { AuditActor } from '../audit/audit.service.ts';

/**
 * Demo meter data (issue 5): for each demo enterprise, a handful of points with a year of 15-minute
 * readings up to today, through the real pipeline (so partitions, rollups and receipts are the real
 * ones). The data carries what the quality work must find: outages (gaps), spikes, a stuck meter, a
 * low glitch on a cumulative register (a negative step), one register rollover and one meter swap.
 */
type Plan = {
  code: string;
  name: string;
  input: Omit<PointInput, 'code' | 'name'>;
  base: number;
  shape: 'plant' | 'shift' | 'flat';
  /** Bind the enterprise's first entry/exit meter of this medium from the register (the demo's codes differ per enterprise). */
  metered?: boolean;
};

const INTERVAL_MS = 15 * 60_000;

const plansFor = (industry: string | null): Plan[] => {
  const heavy = ['水泥制造', '炼钢', '火力发电'].includes(industry ?? '');
  const plans: Plan[] = [
    {
      code: 'EL-IN',
      name: '进线关口总电能表',
      input: { medium: 'electricity', registerKind: 'cumulative', unit: 'kWh', multiplier: 1, rolloverValue: 99999999.99 },
      base: heavy ? 9000 : 1800,
      shape: 'plant',
      metered: true,
    },
    {
      code: 'EL-U1',
      name: '一车间总电能表',
      input: { medium: 'electricity', registerKind: 'cumulative', unit: 'kWh', multiplier: 80, rolloverValue: 999999.99 },
      base: heavy ? 3500 : 700,
      shape: 'shift',
    },
    {
      code: 'EL-U2',
      name: '二车间总电能表',
      input: { medium: 'electricity', registerKind: 'cumulative', unit: 'kWh', multiplier: 80, rolloverValue: 999999.99 },
      base: heavy ? 2500 : 500,
      shape: 'shift',
    },
    {
      code: 'WA-IN',
      name: '厂区总水表',
      input: { medium: 'water', registerKind: 'interval', unit: 'm³' },
      base: heavy ? 60 : 12,
      shape: 'flat',
    },
    {
      code: 'PW-IN',
      name: '总有功功率',
      input: { medium: 'electricity', registerKind: 'instantaneous', unit: 'kW' },
      base: heavy ? 36000 : 7200,
      shape: 'plant',
    },
  ];
  if (industry === '火力发电' || industry === '磷肥制造' || industry === '氮肥制造')
    plans.push({
      code: 'ST-OUT',
      metered: true,
      name: '供热蒸汽流量',
      input: { medium: 'steam', registerKind: 'interval', unit: 't' },
      base: 18,
      shape: 'plant',
    });
  else
    plans.push({
      code: 'NG-IN',
      metered: true,
      name: '天然气进厂计量',
      input: { medium: 'natural_gas', registerKind: 'cumulative', unit: 'Nm³', multiplier: 1, rolloverValue: 9999999.9 },
      base: heavy ? 900 : 150,
      shape: 'plant',
    });
  return plans;
};

/** mulberry32, so every machine gets the same demo. */
const random = (seed: number) => () => {
  let t = (seed = (seed + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** Consumption per quarter hour: daily and weekly cycles, a summer peak, noise. */
const load = (plan: Plan, ts: number, rnd: () => number) => {
  const local = new Date(ts + 8 * 3_600_000);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  const weekday = local.getUTCDay();
  const season = 1 + 0.15 * Math.cos(((local.getUTCMonth() - 6.5) / 12) * 2 * Math.PI);
  const shift =
    plan.shape === 'shift'
      ? (hour >= 8 && hour < 20 ? 1.25 : 0.6) * (weekday === 0 ? 0.5 : 1)
      : plan.shape === 'plant'
        ? 1 + 0.08 * Math.sin((hour / 24) * 2 * Math.PI)
        : 1;
  return (plan.base / 4) * season * shift * (0.93 + 0.14 * rnd());
};

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

export const seedReadings = async (services: Services, db: Kysely<Database>, actor: AuditActor, now: Date, options: { days: number }) => {
  const enterprises = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'industry'])
    .where('kind', '=', 'enterprise')
    .orderBy('name')
    .execute();
  const end = startOfShanghaiDay(toShanghaiDate(now)).getTime();
  const start = end - options.days * 86_400_000;
  let readings = 0;
  let points = 0;
  for (const [ei, enterprise] of enterprises.entries()) {
    const rnd = random(1000 + ei);
    const sites = await db.selectFrom('sites').select(['id', 'level']).where('enterpriseId', '=', enterprise.id).orderBy('name').execute();
    const units = sites.filter((s) => s.level === 'sub_unit');
    for (const [pi, plan] of plansFor(enterprise.industry).entries()) {
      const instrument = plan.metered
        ? await db
            .selectFrom('instruments')
            .select('id')
            .where('ownerId', '=', enterprise.id)
            .where('medium', '=', plan.input.medium)
            .where('instrumentType', 'in', ['electricity_meter', 'gas_flow_meter', 'steam_flow_meter', 'heat_meter'])
            .orderBy(sql`gb17167_level = 'entry_exit'`, 'desc')
            .orderBy('code')
            .executeTakeFirst()
        : undefined;
      const point = await services.points.createPoint(actor, enterprise.id, {
        ...plan.input,
        code: plan.code,
        name: plan.name,
        siteId: plan.code === 'EL-U1' ? units[0]?.id : plan.code === 'EL-U2' ? units[1]?.id : sites[0]?.id,
        instrumentId: instrument?.id ?? null,
        intervalMinutes: 15,
      });
      points++;
      const cumulative = plan.input.registerKind === 'cumulative';
      const decimals = plan.code === 'NG-IN' ? 1 : 2;
      const multiplier = plan.input.multiplier ?? 1;
      // Events of the year for this point.
      const outages = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => {
        const at = start + Math.floor(rnd() * (end - start - 4 * 86_400_000));
        return [at, at + (2 + Math.floor(rnd() * (ei === 3 && pi === 0 ? 72 : 20))) * 3_600_000] as const;
      });
      const spikes = new Set(
        Array.from(
          { length: plan.code === 'WA-IN' || plan.code === 'PW-IN' ? 3 : 0 },
          () => start + Math.floor(rnd() * ((end - start) / INTERVAL_MS)) * INTERVAL_MS,
        ),
      );
      const stuck = plan.code === 'EL-U2' && ei % 4 === 1 ? start + Math.floor(((end - start) / INTERVAL_MS) * 0.6) * INTERVAL_MS : -1;
      const glitch = plan.code === 'EL-U1' && ei % 3 === 0 ? start + Math.floor(((end - start) / INTERVAL_MS) * 0.3) * INTERVAL_MS : -1;
      const swapAt =
        ei === 0 && plan.code === 'EL-IN' ? start + Math.floor(((end - start) / INTERVAL_MS) * 0.5) * INTERVAL_MS + 7 * 60_000 : -1;
      let register = plan.code === 'EL-U1' && ei === 1 ? 999000 : Math.floor(rnd() * 50000); // one register wraps past 999999.99
      const rows: IngestRow[] = [];
      let swapped = false;
      for (let ts = start + INTERVAL_MS; ts <= end; ts += INTERVAL_MS) {
        const amount = load(plan, ts, rnd);
        if (swapAt > 0 && !swapped && ts > swapAt) {
          // The old meter's closing register and the new one's opening register, recorded as a swap.
          const closing = round(register + (amount * ((swapAt - (ts - INTERVAL_MS)) / INTERVAL_MS)) / multiplier, decimals);
          await services.points.swapMeter(actor, point.id, {
            at: new Date(swapAt).toISOString(),
            closingReading: closing,
            openingReading: 0,
            reason: '进线总表故障更换（演示）',
          });
          register = 0;
          swapped = true;
          register = round(register + (amount * ((ts - swapAt) / INTERVAL_MS)) / multiplier, decimals);
        } else if (cumulative && !(stuck > 0 && ts >= stuck && ts < stuck + 36 * 3_600_000)) {
          register = round((register + amount / multiplier) % ((plan.input.rolloverValue ?? 1e12) + 10 ** -decimals), decimals);
        }
        if (outages.some(([a, b]) => ts >= a && ts < b)) continue;
        let value = cumulative ? register : plan.code === 'PW-IN' ? amount * 4 : amount;
        if (spikes.has(ts)) value *= 6;
        if (ts === glitch) value = round(register * 0.98, decimals);
        rows.push({ point: plan.code, ts: new Date(ts).toISOString(), value: round(value, decimals) });
      }
      const receipt = await services.ingest.ingest(actor, enterprise.id, rows, { source: 'demo', filename: `${plan.code}-year.json` });
      readings += receipt.accepted;
    }
  }
  return { points, readings };
};
