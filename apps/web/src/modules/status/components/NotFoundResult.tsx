import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

export const NotFoundResult = () => {
  const { t } = useLocale();
  return (
    <Result
      data-testid="page-404"
      status="404"
      title="404"
      subTitle={t('status.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('status.backHome')}</Button>
        </Link>
      }
    />
  );
};
