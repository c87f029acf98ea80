import type { Certificate } from '@jiliang/shared';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { useRevokeCertificate } from '../hooks/useRevokeCertificate.ts';

type Values = { revokedOn: Dayjs; reason: string };

/** 撤销证书: invalid from that day on, with the reason; the certificate stays in the history. */
export const RevokeCertificateModal = ({ certificate, onClose }: { certificate: Certificate; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const revoke = useRevokeCertificate();
  return (
    <Modal
      open
      title={t('certificates.revokeTitle', { number: certificate.number })}
      okText={t('certificates.revoke')}
      okButtonProps={{ danger: true, 'data-testid': 'revoke-submit' }}
      cancelText={t('action.cancel')}
      confirmLoading={revoke.isPending}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        name="revoke-certificate"
        layout="vertical"
        initialValues={{ revokedOn: dayjs(readShanghaiToday()) }}
        onFinish={(values) => {
          revoke.mutate(
            { id: certificate.id, revokedOn: values.revokedOn.format('YYYY-MM-DD'), reason: values.reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('certificates.revokedDone', { number: certificate.number }));
                onClose();
              },
              onError: showApiError,
            },
          );
        }}
      >
        <Form.Item name="revokedOn" label={t('certificates.revokedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('register.reason')}
          rules={[{ required: true, whitespace: true, message: t('register.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
