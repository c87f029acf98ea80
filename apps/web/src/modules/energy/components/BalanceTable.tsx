import type { EnergyBalance } from '@jiliang/shared';
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Row = EnergyBalance['rows'][number];
const COLORS: Record<Row['flag'], string> = {
  ok: 'success',
  unmetered_remainder: 'error',
  children_exceed_parent: 'error',
  end_use: 'default',
};
const fixed = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

/** The balance as a table: each meter's input, its children's sum, the unmetered remainder and the flag. */
export const BalanceTable = ({ balance }: { balance: EnergyBalance }) => {
  const { t } = useLocale();
  const columns: ColumnsType<Row> = [
    {
      key: 'meter',
      title: t('balance.meter'),
      render: (_, r) => <span style={{ paddingInlineStart: r.depth * 16 }}>{`${r.code} ${r.name}`}</span>,
    },
    { key: 'input', title: `${t('balance.input')} (${balance.unit})`, align: 'right', render: (_, r) => fixed(r.input) },
    { key: 'outputs', title: t('balance.outputs'), align: 'right', render: (_, r) => fixed(r.outputs) },
    { key: 'unmetered', title: t('balance.unmetered'), align: 'right', render: (_, r) => (r.outputs === null ? '—' : fixed(r.unmetered)) },
    {
      key: 'loss',
      title: t('balance.lossRate'),
      align: 'right',
      render: (_, r) => (r.lossRate === null ? '—' : `${(r.lossRate * 100).toFixed(1)} %`),
    },
    { key: 'flag', title: t('balance.flag'), render: (_, r) => <Tag color={COLORS[r.flag]}>{t(`balance.flag.${r.flag}`)}</Tag> },
    { key: 'days', title: t('balance.days'), align: 'right', dataIndex: 'daysWithData' },
  ];
  return (
    <Table<Row>
      data-testid="balance-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={balance.rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
};
