import { getArticle } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { Alert, Form, Input, InputNumber } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** submit_annual_report (CM-19 / BM-20): the year's work summary, due every November. */
export const AnnualReportStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${t('steps.annualReportHint')} (${getArticle(caseView.institutionType, 'annualReport')})`}
      />
      <Form.Item name="reportYear" label={t('steps.annualReportYear')} rules={[{ required: true }]}>
        <InputNumber min={2023} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="reportSummary" label={t('steps.annualReportSummary')} rules={[{ required: true, whitespace: true, max: 20000 }]}>
        <Input.TextArea rows={6} />
      </Form.Item>
    </>
  );
};
