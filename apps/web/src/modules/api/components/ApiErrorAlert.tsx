import { Alert } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { isApiError } from '../utils/isApiError.ts';

/** A failed query, shown where its data would have been. */
export const ApiErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useLocale();
  const title = isApiError(error) ? error.message : t('error.unexpected');
  const description = isApiError(error)
    ? `${error.code}${error.requestId ? ` · ${t('error.requestId')}: ${error.requestId}` : ''}`
    : undefined;
  return <Alert type="error" showIcon title={title} description={description} data-testid="api-error" />;
};
