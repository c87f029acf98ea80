import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

/** The annual emission report in the GB/T 32150 structure (issue 7 §6), as the server writes it: DOCX and XLSX. */
export const ReportButtons = ({ runId }: { runId: string }) => {
  const { t } = useLocale();
  const href = (format: 'docx' | 'xlsx') => `/api/accounting-runs/${encodeURIComponent(runId)}/report.${format}`;
  return (
    <Space wrap>
      <Button icon={<FileWordOutlined />} href={href('docx')} data-testid="run-report-docx">
        {t('carbon.reportDocx')}
      </Button>
      <Button icon={<FileExcelOutlined />} href={href('xlsx')} data-testid="run-report-xlsx">
        {t('carbon.reportXlsx')}
      </Button>
    </Space>
  );
};
