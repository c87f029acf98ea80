import { App } from 'antd';
import { useCallback } from 'react';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { isApiError } from '../utils/isApiError.ts';

/** Shows the server's own message for an error (with its request id, for support), else a generic one. */
export const useShowApiError = (): ((error: unknown) => void) => {
  const { message } = App.useApp();
  const { t } = useLocale();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const suffix = error.requestId ? ` (${t('error.requestId')}: ${error.requestId})` : '';
        void message.error(`${error.message}${suffix}`);
        return;
      }
      void message.error(t('error.unexpected'));
    },
    [message, t],
  );
};
