import { Card, Flex } from 'antd';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { AuditTable } from '../modules/audit/components/AuditTable.tsx';
import { VerifyChainPanel } from '../modules/audit/components/VerifyChainPanel.tsx';
import { useAuditEntries } from '../modules/audit/hooks/useAuditEntries.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';

export const AuditPage = () => {
  const { t } = useLocale();
  const { page, pageSize, setPage } = usePageParams(50);
  const entries = useAuditEntries({ page, pageSize });
  const canVerify = useHasPermission('audit:verify');

  return (
    <Card title={t('nav.audit')} data-testid="page-audit">
      <Flex vertical gap={16}>
        {canVerify && <VerifyChainPanel />}
        {entries.error && <ApiErrorAlert error={entries.error} />}
        <AuditTable data={entries.data} loading={entries.isFetching} page={page} pageSize={pageSize} onPageChange={setPage} />
      </Flex>
    </Card>
  );
};
