import type { AccountingRunSummary } from '@jiliang/shared';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { formatTco2 } from '../utils/formatTco2.ts';

type Props = { runs: readonly AccountingRunSummary[]; loading: boolean };

/** 核算记录: an enterprise's runs, the latest period first; each opens its detail. */
export const RunTable = ({ runs, loading }: Props) => {
  const { t } = useLocale();
  return (
    <Table<AccountingRunSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...runs]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('carbon.noRuns') }}
      data-testid="run-table"
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('carbon.period'),
          key: 'period',
          render: (_, run) => (
            <Link to={`/carbon/runs/${run.id}`} data-testid={`run-link-${run.periodStart}-${run.periodEnd}`}>
              {`${run.periodStart} ~ ${run.periodEnd}`}
            </Link>
          ),
        },
        { title: t('carbon.totalUnit'), key: 'total', align: 'right', render: (_, run) => formatTco2(run.totalTco2) },
        { title: t('carbon.uTco2'), key: 'u', align: 'right', render: (_, run) => `± ${formatTco2(run.expandedUncertaintyTco2)}` },
        { title: t('carbon.measuredShare'), key: 'share', align: 'right', render: (_, run) => formatPercent(run.measuredShare) },
        {
          title: t('carbon.note'),
          dataIndex: 'note',
          render: (note: string | null) => note ?? <Typography.Text type="secondary">—</Typography.Text>,
        },
        { title: t('carbon.actor'), dataIndex: 'actorLabel' },
        { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: (at: string) => formatShanghaiTime(at) },
      ]}
    />
  );
};
