import { CalendarOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export type RegisterActionsProps = {
  ownerId: string | undefined;
  canWrite: boolean;
  onCreate: () => void;
  onImport: () => void;
};

/** The register's buttons: the due dashboard, export of one owner's register (the import layout), import and 登记器具. */
export const RegisterActions = ({ ownerId, canWrite, onCreate, onImport }: RegisterActionsProps) => {
  const { t } = useLocale();
  const exportButton = (
    <Button
      icon={<DownloadOutlined />}
      disabled={!ownerId}
      href={ownerId ? `/api/organisations/${ownerId}/instruments.xlsx` : undefined}
      data-testid="register-export"
    >
      {t('register.export')}
    </Button>
  );
  return (
    <Space wrap>
      <Link to="/instruments/due">
        <Button icon={<CalendarOutlined />}>{t('register.dueDashboard')}</Button>
      </Link>
      {ownerId ? exportButton : <Tooltip title={t('register.ownerNeeded')}>{exportButton}</Tooltip>}
      {canWrite && (
        <Button icon={<UploadOutlined />} onClick={onImport} data-testid="register-import">
          {t('register.import')}
        </Button>
      )}
      {canWrite && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="register-create">
          {t('register.create')}
        </Button>
      )}
    </Space>
  );
};
