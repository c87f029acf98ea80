import type { EnergyBalance } from '@jiliang/shared';
import { toCsv } from './toCsv.ts';

/** The balance table, for Excel. */
export const balanceCsv = (balance: EnergyBalance): string =>
  toCsv(
    [
      '测点 point',
      '名称 name',
      '上级 parent',
      `输入 input (${balance.unit})`,
      '下级合计 children',
      '未计量 unmetered',
      '损失率 loss rate',
      '判定 flag',
      '有数据天数 days',
    ],
    balance.rows.map((r) => [
      r.code,
      r.name,
      balance.rows.find((p) => p.id === r.parentId)?.code ?? '',
      r.input,
      r.outputs,
      r.outputs === null ? null : r.unmetered,
      r.lossRate,
      r.flag,
      r.daysWithData,
    ]),
  );
