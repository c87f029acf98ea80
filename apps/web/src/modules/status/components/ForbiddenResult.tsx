import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export const ForbiddenResult = () => {
  const { t } = useLocale();
  return (
    <Result
      data-testid="page-403"
      status="403"
      title="403"
      subTitle={t('status.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('status.backHome')}</Button>
        </Link>
      }
    />
  );
};
