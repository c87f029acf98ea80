import { Button, Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { PageLoading } from '../../status/components/PageLoading.tsx';
import { useMe } from '../hooks/useMe.ts';
import { SignedInContext } from '../utils/SignedInContext.ts';

/** Pages below this route need a signed-in person; anyone else goes to /login and comes back after. */
export const RequireAuth = () => {
  const { data: me, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useLocale();

  if (me === undefined && error) {
    return (
      <Result
        status="error"
        title={t('status.serverUnavailable')}
        subTitle={error.message}
        extra={<Button onClick={() => void refetch()}>{t('action.retry')}</Button>}
      />
    );
  }
  if (me === undefined) return <PageLoading />;
  if (me === null) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return (
    <SignedInContext.Provider value={me}>
      <Outlet />
    </SignedInContext.Provider>
  );
};
