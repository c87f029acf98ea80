import { SOURCE_KIND_LABELS } from '@jiliang/shared';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { formatTco2 } from '../utils/formatTco2.ts';
import type { RunSourceRow } from '../utils/RunSourceRow.ts';
import { FactorUseList } from './FactorUseList.tsx';
import { OriginTag } from './OriginTag.tsx';

const numberText = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * 分排放源结果 (issue 7 §3): per source its GB/T 32150 kind, the activity with its origin and the certificates behind
 * it, the factor versions used, tCO2 and uRel. Rounded for display only; the run keeps the exact figures.
 */
export const RunSourceTable = ({ rows }: { rows: readonly RunSourceRow[] }) => {
  const { t, pick } = useLocale();
  return (
    <Table<RunSourceRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...rows]}
      data-testid="run-sources"
      scroll={{ x: 960 }}
      columns={[
        {
          title: t('carbon.source'),
          key: 'source',
          width: 130,
          render: (_, row) => (
            <Flex vertical>
              <Typography.Text strong>{row.code}</Typography.Text>
              <Typography.Text>{row.name}</Typography.Text>
            </Flex>
          ),
        },
        { title: t('carbon.kind'), key: 'kind', width: 110, render: (_, row) => pick(SOURCE_KIND_LABELS[row.kind]) },
        {
          title: t('carbon.activity'),
          key: 'activity',
          width: 230,
          render: (_, row) => (
            <Flex vertical gap={4}>
              <Flex gap={6} align="center" wrap>
                <Typography.Text>{`${numberText.format(row.activityValue)} ${row.activityUnit}`}</Typography.Text>
                <OriginTag origin={row.origin} />
                {row.origin !== 'estimated' && (
                  <Typography.Text type="secondary">{`${t('carbon.measuredShare')} ${formatPercent(row.measuredFraction)}`}</Typography.Text>
                )}
              </Flex>
              {row.certificates.length > 0 && (
                <Flex gap={4} wrap>
                  {row.certificates.map((certificate) => (
                    <Tooltip key={certificate.number} title={`${t('carbon.certificates')} · ${certificate.validUntil ?? '—'}`}>
                      <Tag>{`${certificate.instrumentCode} · ${certificate.number}`}</Tag>
                    </Tooltip>
                  ))}
                </Flex>
              )}
              {row.missingMonths.length > 0 && (
                <Typography.Text type="warning">{t('carbon.missingMonths', { months: row.missingMonths.join('、') })}</Typography.Text>
              )}
            </Flex>
          ),
        },
        { title: t('carbon.factors'), key: 'factors', render: (_, row) => <FactorUseList factors={row.factors} /> },
        {
          title: t('carbon.totalUnit'),
          key: 'tco2',
          align: 'right',
          width: 110,
          render: (_, row) => (
            <Flex vertical align="end">
              <Typography.Text strong={row.countedInTotal}>{formatTco2(row.tco2)}</Typography.Text>
              {!row.countedInTotal && <Typography.Text type="secondary">{t('carbon.notCounted')}</Typography.Text>}
            </Flex>
          ),
        },
        { title: t('carbon.uRel'), key: 'uRel', align: 'right', width: 80, render: (_, row) => formatPercent(row.uRel, 2) },
      ]}
    />
  );
};
