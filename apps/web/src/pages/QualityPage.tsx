import { RiseOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { MonthlyFiguresPanel } from '../modules/quality/components/MonthlyFiguresPanel.tsx';
import { PointLimitsEditor } from '../modules/quality/components/PointLimitsEditor.tsx';
import { QualityDayDrawer } from '../modules/quality/components/QualityDayDrawer.tsx';
import { QualityHeatmapPanel } from '../modules/quality/components/QualityHeatmapPanel.tsx';
import { QualityIssueTable } from '../modules/quality/components/QualityIssueTable.tsx';
import { QualityReportPanel } from '../modules/quality/components/QualityReportPanel.tsx';
import { useQualityScreen } from '../modules/quality/hooks/useQualityScreen.ts';
import { EnterprisePicker } from '../modules/readings/components/EnterprisePicker.tsx';

/**
 * 数据质量 (issue 6 §5; CM-6(3), CM-6(5), BM-7(4)): an enterprise's month as a point × day heatmap, a day's readings
 * with their flags, the issue list, the monthly report, 月报数据 (rule 9), and point limits for those who may write readings.
 */
export const QualityPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const canWrite = useHasPermission('readings:write');
  const { enterpriseId, fixed, month, select, setMonth } = useQualityScreen();
  const [opened, setOpened] = useState<{ pointId: string; day: string } | undefined>(undefined);
  const open = (pointId: string, day: string) => {
    setOpened({ pointId, day });
  };

  return (
    <Flex vertical gap={16} data-testid="page-quality">
      <Card
        title={t('nav.quality')}
        extra={
          <Button icon={<RiseOutlined />} onClick={() => void navigate('/quality/trend')} data-testid="quality-trend-link">
            {t('quality.trendLink')}
          </Button>
        }
      >
        <Flex vertical gap={16}>
          <Flex gap={12} wrap>
            <div style={{ width: 420, maxWidth: '100%' }}>
              <EnterprisePicker fixed={fixed} value={enterpriseId} onChange={select} />
            </div>
            <DatePicker
              picker="month"
              allowClear={false}
              data-testid="quality-month"
              value={dayjs(`${month}-01`)}
              onChange={(value) => {
                if (value) setMonth(value.format('YYYY-MM'));
              }}
            />
          </Flex>
          {enterpriseId ? (
            <QualityHeatmapPanel enterpriseId={enterpriseId} month={month} onSelect={open} />
          ) : (
            <Typography.Text type="secondary">{t('meterData.pickEnterprise')}</Typography.Text>
          )}
        </Flex>
      </Card>
      {enterpriseId && (
        <Card size="small">
          <Tabs
            destroyOnHidden
            items={[
              {
                key: 'issues',
                label: <span data-testid="tab-quality-issues">{t('quality.tab.issues')}</span>,
                children: <QualityIssueTable enterpriseId={enterpriseId} month={month} onDrillDown={open} />,
              },
              {
                key: 'report',
                label: <span data-testid="tab-quality-report">{t('quality.tab.report')}</span>,
                children: <QualityReportPanel enterpriseId={enterpriseId} month={month} />,
              },
              {
                key: 'monthly-figures',
                label: <span data-testid="tab-quality-monthly-figures">{t('quality.tab.monthlyFigures')}</span>,
                children: <MonthlyFiguresPanel enterpriseId={enterpriseId} month={month} canWrite={canWrite} />,
              },
              ...(canWrite
                ? [
                    {
                      key: 'limits',
                      label: <span data-testid="tab-quality-limits">{t('quality.tab.limits')}</span>,
                      children: <PointLimitsEditor enterpriseId={enterpriseId} />,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {opened && enterpriseId && (
        <QualityDayDrawer
          enterpriseId={enterpriseId}
          pointId={opened.pointId}
          day={opened.day}
          canWrite={canWrite}
          onClose={() => {
            setOpened(undefined);
          }}
        />
      )}
    </Flex>
  );
};
