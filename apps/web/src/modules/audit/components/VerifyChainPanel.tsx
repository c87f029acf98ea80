import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useVerifyAuditChain } from '../hooks/useVerifyAuditChain.ts';

/** Recomputes the hash chain on the server and says whether it holds, or where it first breaks. */
export const VerifyChainPanel = () => {
  const { t } = useLocale();
  const verify = useVerifyAuditChain();
  const result = verify.data;

  return (
    <Flex vertical gap={12}>
      <div>
        <Button
          data-testid="audit-verify"
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => {
            verify.mutate();
          }}
        >
          {t('audit.verify')}
        </Button>
      </div>
      {verify.error && <ApiErrorAlert error={verify.error} />}
      {result && result.ok && (
        <Alert data-testid="audit-verify-result" type="success" showIcon title={t('audit.verifyOk', { checked: result.checked })} />
      )}
      {result && !result.ok && (
        <Alert
          data-testid="audit-verify-result"
          type="error"
          showIcon
          title={
            result.firstBroken
              ? t('audit.verifyBroken', { seq: result.firstBroken.seq, reason: t(`audit.reason.${result.firstBroken.reason}`) })
              : t('audit.verifyFailed')
          }
          description={
            result.firstBroken ? `${result.firstBroken.message} · ${t('audit.checked', { checked: result.checked })}` : undefined
          }
        />
      )}
    </Flex>
  );
};
