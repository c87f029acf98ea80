import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { downloadText } from '../utils/downloadText.ts';

/** Export what the screen shows as CSV (UTF-8 with BOM, for Excel). */
export const CsvButton = ({ filename, build, disabled }: { filename: string; build: () => string; disabled?: boolean }) => {
  const { t } = useLocale();
  return (
    <Button
      icon={<DownloadOutlined />}
      disabled={disabled}
      data-testid="energy-csv"
      onClick={() => {
        downloadText(filename, build());
      }}
    >
      {t('energy.exportCsv')}
    </Button>
  );
};
