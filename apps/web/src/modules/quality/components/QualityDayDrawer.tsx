import { QUALITY_FLAG_LABELS, QUALITY_RULES, type QualityRule } from '@jiliang/shared';
import { Descriptions, Drawer, Flex, List, Spin, Tag, Tooltip, Typography } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { formatPercent } from '../../carbon/utils/formatPercent.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useQualityDay } from '../hooks/useQualityDay.ts';
import { CredibilityParts } from './CredibilityParts.tsx';
import { DayEstimatesTable } from './DayEstimatesTable.tsx';
import { DayReadingsTable } from './DayReadingsTable.tsx';
import { FillGapsForm } from './FillGapsForm.tsx';
import { FlagTags } from './FlagTags.tsx';

type Props = { enterpriseId: string; pointId: string; day: string; canWrite: boolean; onClose: () => void };

/**
 * The drill-down of one point-day (issue 6 §5): completeness, credibility with its parts, the findings with their
 * sources, the measured readings with their flags, the estimates kept apart, and 补数 for those who may write readings.
 */
export const QualityDayDrawer = ({ enterpriseId, pointId, day, canWrite, onClose }: Props) => {
  const { t, pick, locale } = useLocale();
  const query = useQualityDay(enterpriseId, pointId, day);
  const data = query.data;
  const ruleLabel = (rule: string) => (QUALITY_RULES.includes(rule as QualityRule) ? pick(QUALITY_FLAG_LABELS[rule as QualityRule]) : rule);
  return (
    <Drawer
      open
      size={820}
      title={t('quality.dayTitle', { point: data?.pointCode ?? '…', day })}
      onClose={onClose}
      data-testid="quality-day"
    >
      {query.error && <ApiErrorAlert error={query.error} />}
      {query.isPending && <Spin />}
      {data && (
        <Flex vertical gap={16}>
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'completeness',
                label: t('quality.completeness'),
                children: `${formatPercent(data.completeness)}（${t('quality.receivedOfExpected', { received: data.received, expected: data.expected })}）`,
              },
              { key: 'flags', label: t('quality.flags'), children: <FlagTags mask={data.flags} /> },
              ...(data.total
                ? [
                    {
                      key: 'total',
                      label: t('quality.dayTotal'),
                      children: `${String(data.total.total)} ${data.unit}（${t('quality.totalDetail', {
                        measured: data.total.measured,
                        estimated: data.total.estimated,
                      })}）`,
                    },
                    { key: 'share', label: t('quality.estimatedShare'), children: formatPercent(data.total.share) },
                  ]
                : []),
            ]}
          />
          <CredibilityParts credibility={data.credibility} testId="quality-day-credibility" />
          {data.findings.length > 0 && (
            <List
              size="small"
              header={<Typography.Text strong>{t('quality.findings')}</Typography.Text>}
              bordered
              data-testid="quality-day-findings"
              dataSource={data.findings}
              renderItem={(f) => (
                <List.Item>
                  <Flex gap={8} align="baseline">
                    <Tooltip title={f.source}>
                      <Tag color="red">{pick(QUALITY_FLAG_LABELS[f.rule])}</Tag>
                    </Tooltip>
                    <span>{locale === 'en' ? f.messageEn : f.message}</span>
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {data.skipped.length > 0 && (
            <Typography.Text type="secondary">
              {`${t('quality.skipped')}：`}
              {data.skipped.map((s) => `${ruleLabel(s.rule)}（${s.reason}）`).join('；')}
            </Typography.Text>
          )}
          {canWrite && <FillGapsForm enterpriseId={enterpriseId} pointId={pointId} day={day} />}
          <Typography.Text strong>{t('quality.measuredReadings')}</Typography.Text>
          <DayReadingsTable readings={data.readings} unit={data.unit} />
          <DayEstimatesTable readings={data.readings} unit={data.unit} />
        </Flex>
      )}
    </Drawer>
  );
};
