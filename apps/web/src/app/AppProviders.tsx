import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { useState, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../modules/api/utils/createQueryClient.ts';
import { LocaleProvider } from '../modules/i18n/components/LocaleProvider.tsx';

export const AppProviders = ({ children }: { children: ReactNode }) => {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AntApp>
          <BrowserRouter>{children}</BrowserRouter>
        </AntApp>
      </LocaleProvider>
    </QueryClientProvider>
  );
};
