import { QUALITY_FLAG_LABELS, QUALITY_RULES, type QualityIssue } from '@jiliang/shared';
import { Button, Table, Tag, Tooltip } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useQualityIssues } from '../hooks/useQualityIssues.ts';

type Props = { enterpriseId: string; month: string; onDrillDown: (pointId: string, day: string) => void };

/** 问题清单 (issue 6 §5): one row per point, day and rule, latest day first; each opens the day's readings. */
export const QualityIssueTable = ({ enterpriseId, month, onDrillDown }: Props) => {
  const { t, pick } = useLocale();
  const issues = useQualityIssues(enterpriseId, month);
  if (issues.error) return <ApiErrorAlert error={issues.error} />;
  return (
    <Table<QualityIssue>
      size="small"
      data-testid="quality-issues"
      loading={issues.isFetching}
      rowKey={(i) => `${i.pointId}|${i.day}|${i.rule}`}
      dataSource={issues.data ?? []}
      locale={{ emptyText: t('quality.noIssues') }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      columns={[
        {
          key: 'rule',
          title: t('quality.rule'),
          width: 150,
          filters: QUALITY_RULES.map((rule) => ({ text: pick(QUALITY_FLAG_LABELS[rule]), value: rule })),
          onFilter: (value, i) => i.rule === value,
          render: (_, i) => (
            <Tooltip title={i.source}>
              <Tag color="red" data-testid={`issue-rule-${i.rule}`}>
                {pick(QUALITY_FLAG_LABELS[i.rule])}
              </Tag>
            </Tooltip>
          ),
        },
        { key: 'point', title: t('quality.point'), width: 180, render: (_, i) => `${i.pointCode} ${i.pointName}` },
        { key: 'day', title: t('quality.day'), dataIndex: 'day', width: 110 },
        { key: 'count', title: t('quality.count'), dataIndex: 'count', width: 70, align: 'right' },
        { key: 'flagged', title: t('quality.flaggedReadings'), dataIndex: 'flaggedReadings', width: 90, align: 'right' },
        { key: 'message', title: t('quality.message'), dataIndex: 'message', ellipsis: { showTitle: true } },
        {
          key: 'action',
          title: t('common.actions'),
          width: 100,
          render: (_, i) => (
            <Button
              type="link"
              size="small"
              data-testid={`issue-drill-${i.pointCode}-${i.day}-${i.rule}`}
              onClick={() => {
                onDrillDown(i.pointId, i.day);
              }}
            >
              {t('quality.drillDown')}
            </Button>
          ),
        },
      ]}
    />
  );
};
