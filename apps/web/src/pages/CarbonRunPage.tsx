import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { CompareRunsPanel } from '../modules/carbon/components/CompareRunsPanel.tsx';
import { MonthlyTrendChart } from '../modules/carbon/components/MonthlyTrendChart.tsx';
import { ReportButtons } from '../modules/carbon/components/ReportButtons.tsx';
import { RunSankeyChart } from '../modules/carbon/components/RunSankeyChart.tsx';
import { RunSourceTable } from '../modules/carbon/components/RunSourceTable.tsx';
import { RunSummary } from '../modules/carbon/components/RunSummary.tsx';
import { SiteBreakdownTable } from '../modules/carbon/components/SiteBreakdownTable.tsx';
import { VerifyRunPanel } from '../modules/carbon/components/VerifyRunPanel.tsx';
import { useAccountingRun } from '../modules/carbon/hooks/useAccountingRun.ts';
import { useAccountingRuns } from '../modules/carbon/hooks/useAccountingRuns.ts';
import { listRunSources } from '../modules/carbon/utils/listRunSources.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

/**
 * One accounting run (issue 7 §3–6): the total with U (k = 2), the measured share and intensities; per source the
 * activity, its origin and certificates, the factor versions; the monthly trend, the Sankey, the breakdown by site;
 * 复算核验, the comparison with another run, and the report.
 */
export const CarbonRunPage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { t } = useLocale();
  const run = useAccountingRun(id);
  const data = run.data;
  const runs = useAccountingRuns(data?.enterpriseId);
  const rows = useMemo(() => (data ? listRunSources(data) : []), [data]);

  if (isApiError(run.error, 'NOT_FOUND') || isApiError(run.error, 'VALIDATION_FAILED')) return <NotFoundResult />;
  if (isApiError(run.error, 'FORBIDDEN')) return <ForbiddenResult />;

  return (
    <Flex vertical gap={16} data-testid="page-carbon-run">
      <Card
        loading={run.isPending}
        title={
          <Flex align="center" gap={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              onClick={() =>
                void (location.key === 'default'
                  ? navigate(`/carbon?enterprise=${encodeURIComponent(data?.enterpriseId ?? '')}`)
                  : navigate(-1))
              }
            >
              {t('action.back')}
            </Button>
            <Typography.Text strong data-testid="run-title">
              {data
                ? t('carbon.runTitle', { enterprise: data.record.enterpriseName, start: data.periodStart, end: data.periodEnd })
                : t('nav.carbon')}
            </Typography.Text>
          </Flex>
        }
        extra={data && <ReportButtons runId={data.id} />}
      >
        {run.error && <ApiErrorAlert error={run.error} />}
        {data && (
          <Flex vertical gap={16}>
            <RunSummary run={data} />
            <VerifyRunPanel runId={data.id} />
          </Flex>
        )}
      </Card>
      {data && (
        <>
          <Card title={t('carbon.sources')} size="small">
            <RunSourceTable rows={rows} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('carbon.trend')} size="small">
                <MonthlyTrendChart monthly={data.result.monthly} rows={rows} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('carbon.sankey')} size="small">
                <RunSankeyChart runId={data.id} />
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <Card title={t('carbon.bySite')} size="small">
                <SiteBreakdownTable rows={rows} totalTco2={data.result.emissions.totalTco2} />
              </Card>
            </Col>
            <Col xs={24} xl={15}>
              <Card title={t('carbon.compare')} size="small">
                {runs.error && <ApiErrorAlert error={runs.error} />}
                <CompareRunsPanel runId={data.id} runs={runs.data ?? []} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
};
