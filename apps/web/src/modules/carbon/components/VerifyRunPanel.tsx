import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { RunDifference } from '@jiliang/shared';
import { Alert, Button, Flex, Table } from 'antd';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useVerifyRun } from '../hooks/useVerifyRun.ts';

const show = (value: unknown) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

/**
 * 复算核验 (issue 7 §3): the server recomputes the run from its stored record (factor versions, activity, seed) and
 * compares bit for bit; 核验通过, or every figure that differs, unrounded, named by its path.
 */
export const VerifyRunPanel = ({ runId }: { runId: string }) => {
  const { t } = useLocale();
  const verify = useVerifyRun(runId);
  const result = verify.data;
  return (
    <Flex vertical gap={12}>
      <div>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => {
            verify.mutate();
          }}
          data-testid="run-verify"
        >
          {t('carbon.verify')}
        </Button>
      </div>
      {verify.error && <ApiErrorAlert error={verify.error} />}
      {result?.verified && (
        <Alert
          type="success"
          showIcon
          title={t('carbon.verified')}
          description={t('carbon.verifiedDetail', { method: result.methodVersion })}
          data-testid="run-verify-result"
        />
      )}
      {result && !result.verified && (
        <Alert
          type="error"
          showIcon
          title={t('carbon.notVerified', { count: result.differences.length })}
          data-testid="run-verify-result"
          description={
            <Table<RunDifference>
              size="small"
              rowKey="path"
              pagination={false}
              dataSource={result.differences}
              columns={[
                { title: t('carbon.diff.path'), dataIndex: 'path', render: (path: string) => <code>{path}</code> },
                { title: t('carbon.diff.stored'), key: 'stored', render: (_, d) => show(d.stored) },
                { title: t('carbon.diff.recomputed'), key: 'recomputed', render: (_, d) => show(d.recomputed) },
              ]}
            />
          }
        />
      )}
      {result && result.methodVersion !== result.currentMethodVersion && (
        <Alert
          type="info"
          showIcon
          title={t('carbon.methodChanged', { current: result.currentMethodVersion, method: result.methodVersion })}
        />
      )}
    </Flex>
  );
};
