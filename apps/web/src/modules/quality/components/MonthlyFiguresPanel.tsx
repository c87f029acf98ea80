import { MONTHLY_FIGURE_SOURCE_LABELS, type MonthlyFigure } from '@jiliang/shared';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { formatPercent } from '../../carbon/utils/formatPercent.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { useMonthlyFigures } from '../hooks/useMonthlyFigures.ts';
import { readFigureDeviation } from '../utils/readFigureDeviation.ts';
import { MonthlyFigureForm } from './MonthlyFigureForm.tsx';

type Props = { enterpriseId: string; month: string; canWrite: boolean };

/**
 * 月报数据 (rule 9, STANDARDS §3): the enterprise's monthly figures against the sum of each month's days, newest month
 * first; a replaced figure stays, struck through (nothing is silently overwritten). Those who may write readings add one.
 */
export const MonthlyFiguresPanel = ({ enterpriseId, month, canWrite }: Props) => {
  const { t, pick } = useLocale();
  const figures = useMonthlyFigures(enterpriseId);
  const struck = (figure: MonthlyFigure, text: ReactNode) => (
    <Typography.Text delete={figure.supersededBy !== null}>{text}</Typography.Text>
  );
  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={t('quality.monthly.hint')} />
      {canWrite && <MonthlyFigureForm enterpriseId={enterpriseId} month={month} />}
      {figures.error && <ApiErrorAlert error={figures.error} />}
      <Table<MonthlyFigure>
        size="small"
        rowKey="id"
        data-testid="monthly-figures"
        loading={figures.isFetching}
        dataSource={figures.data ?? []}
        locale={{ emptyText: t('quality.monthly.empty') }}
        pagination={{ pageSize: 12, showSizeChanger: false, hideOnSinglePage: true }}
        columns={[
          {
            key: 'month',
            title: t('quality.monthly.month'),
            width: 140,
            render: (_, f) => (
              <Flex gap={6} align="center">
                {struck(f, f.month)}
                {f.supersededBy !== null && <Tag>{t('quality.monthly.superseded')}</Tag>}
              </Flex>
            ),
          },
          { key: 'point', title: t('quality.monthly.point'), width: 170, render: (_, f) => struck(f, `${f.pointCode} ${f.pointName}`) },
          { key: 'value', title: t('quality.monthly.value'), align: 'right', render: (_, f) => struck(f, `${String(f.value)} ${f.unit}`) },
          {
            key: 'dailySum',
            title: t('quality.monthly.dailySum'),
            align: 'right',
            render: (_, f) => (f.dailySum === null ? '—' : `${String(Math.round(f.dailySum * 100) / 100)} ${f.unit}`),
          },
          {
            key: 'deviation',
            title: t('quality.monthly.deviation'),
            align: 'right',
            render: (_, f) => {
              const deviation = readFigureDeviation(f);
              if (!deviation) return '—';
              return (
                <Typography.Text type={deviation.passes ? undefined : 'danger'} data-testid={`monthly-deviation-${f.pointCode}-${f.month}`}>
                  {formatPercent(deviation.deviation, 2)}
                </Typography.Text>
              );
            },
          },
          { key: 'source', title: t('quality.monthly.source'), width: 100, render: (_, f) => pick(MONTHLY_FIGURE_SOURCE_LABELS[f.source]) },
          {
            key: 'evidence',
            title: t('quality.monthly.evidence'),
            ellipsis: { showTitle: true },
            render: (_, f) => struck(f, f.reason ? `${f.evidence}（${f.reason}）` : f.evidence),
          },
          { key: 'actor', title: t('quality.monthly.enteredBy'), dataIndex: 'actorLabel', width: 110 },
          {
            key: 'at',
            title: t('quality.monthly.enteredAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (at: string) => formatShanghaiTime(at),
          },
        ]}
      />
    </Flex>
  );
};
