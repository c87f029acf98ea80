import { Card, DatePicker, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useActiveMembership } from '../modules/auth/hooks/useActiveMembership.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../modules/organisations/utils/pickOrganisationName.ts';
import { InstitutionPicker } from '../modules/organisations/components/InstitutionPicker.tsx';
import { QualityTrendView } from '../modules/quality/components/QualityTrendView.tsx';
import { useQualityTrend } from '../modules/quality/hooks/useQualityTrend.ts';
import { readShanghaiMonth } from '../modules/quality/utils/readShanghaiMonth.ts';
import { shiftMonth } from '../modules/quality/utils/shiftMonth.ts';

/** 质量趋势 (issue 6 §5): the monthly credibility of an institution's enterprises, the last six months by default. */
export const QualityTrendPage = () => {
  const { t, locale } = useLocale();
  const membership = useActiveMembership();
  const own =
    membership?.organisation.kind === 'institution'
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const institutionId = own?.id ?? picked;
  const [range, setRange] = useState<[string, string]>(() => {
    const to = readShanghaiMonth();
    return [shiftMonth(to, -5), to];
  });
  const trend = useQualityTrend(institutionId, range[0], range[1]);

  return (
    <Card title={t('quality.trend.title')} data-testid="page-quality-trend">
      <Flex vertical gap={16}>
        <Flex gap={12} wrap>
          <div style={{ width: 420, maxWidth: '100%' }}>
            <InstitutionPicker
              testId="quality-institution"
              placeholder={t('quality.trend.institution')}
              fixed={own}
              value={institutionId}
              onChange={setPicked}
            />
          </div>
          <DatePicker.RangePicker
            picker="month"
            allowClear={false}
            data-testid="quality-trend-months"
            value={[dayjs(`${range[0]}-01`), dayjs(`${range[1]}-01`)]}
            onChange={(values) => {
              if (values?.[0] && values[1]) setRange([values[0].format('YYYY-MM'), values[1].format('YYYY-MM')]);
            }}
          />
        </Flex>
        {trend.error && <ApiErrorAlert error={trend.error} />}
        {!institutionId && <Typography.Text type="secondary">{t('quality.trend.institution')}</Typography.Text>}
        {institutionId && !trend.data && !trend.error && <Spin />}
        {trend.data && <QualityTrendView trend={trend.data} />}
      </Flex>
    </Card>
  );
};
