import { Result } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { BackHomeButton } from './BackHomeButton.tsx';

export const ForbiddenResult = () => {
  const { t } = useLocale();
  return <Result data-testid="page-403" status="403" title="403" subTitle={t('status.forbidden')} extra={<BackHomeButton />} />;
};
