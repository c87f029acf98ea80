import { Result } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { BackHomeButton } from './BackHomeButton.tsx';

export const NotFoundResult = () => {
  const { t } = useLocale();
  return <Result data-testid="page-404" status="404" title="404" subTitle={t('status.notFound')} extra={<BackHomeButton />} />;
};
