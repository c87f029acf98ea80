import { CERTIFICATE_CONCLUSIONS, type CertificateConclusion } from '@jiliang/shared';
import { App, Col, DatePicker, Divider, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { useAddCertificate } from '../hooks/useAddCertificate.ts';
import type { CertificateFormValues } from '../utils/CertificateFormValues.ts';
import type { CertificateSubject } from '../utils/CertificateSubject.ts';
import { toCertificateInput } from '../utils/toCertificateInput.ts';
import { CertificateResultFields } from './CertificateResultFields.tsx';
import { StandardSelect } from './StandardSelect.tsx';

const FIELDS = [
  'number',
  'kind',
  'laboratoryName',
  'calibratedOn',
  'issuedOn',
  'validUntil',
  'conclusion',
  'referenceStandardIds',
  'results',
];

/** JJF 1071-2010 5.12: a verification states pass/fail/limited, a calibration gives results ("calibrated"). */
const conclusionsOf = (kind: CertificateFormValues['kind']): readonly CertificateConclusion[] =>
  kind === 'calibration' ? ['calibrated'] : CERTIFICATE_CONCLUSIONS.filter((conclusion) => conclusion !== 'calibrated');

/** 登记证书 for an instrument or a standard; the standards it names become the links of the chain. */
export const CertificateFormModal = ({ subject, onClose }: { subject: CertificateSubject; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<CertificateFormValues>();
  const add = useAddCertificate(subject);
  const kind = Form.useWatch('kind', form) ?? 'verification';

  const handleFinish = (values: CertificateFormValues) => {
    add.mutate(toCertificateInput(values), {
      onSuccess: (certificate) => {
        void message.success(t('certificates.added', { number: certificate.number }));
        onClose();
      },
      onError: (error) => {
        applyFieldErrors(form, error, FIELDS);
        showApiError(error);
      },
    });
  };

  return (
    <Modal
      open
      title={t('certificates.add')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      width={980}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'certificate-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<CertificateFormValues>
        form={form}
        name="certificate"
        layout="vertical"
        initialValues={{
          kind: 'verification',
          conclusion: 'pass',
          calibratedOn: dayjs(readShanghaiToday()),
          referenceStandardIds: [],
          results: [],
        }}
        onValuesChange={(changed: Partial<CertificateFormValues>) => {
          if (changed.kind) form.setFieldValue('conclusion', changed.kind === 'calibration' ? 'calibrated' : 'pass');
        }}
        onFinish={handleFinish}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="number" label={t('certificates.number')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('certificates.kind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'verification', label: t('certificateKind.verification') },
                  { value: 'calibration', label: t('certificateKind.calibration') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="conclusion" label={t('certificates.conclusion')} tooltip={t('certificates.conclusionHint')}>
              <Select options={conclusionsOf(kind).map((value) => ({ value, label: t(`certificateConclusion.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="laboratoryName" label={t('certificates.laboratory')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name="calibratedOn" label={t('certificates.calibratedOn')} rules={[{ required: true }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={5}>
            <Form.Item name="issuedOn" label={t('certificates.issuedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            <Form.Item name="validUntil" label={t('certificates.validUntil')} tooltip={t('certificates.validUntilHint')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="referenceStandardIds" label={t('certificates.references')}>
              <StandardSelect excludeId={subject.kind === 'standard' ? subject.id : undefined} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          <Typography.Text strong>{t('certificates.results')}</Typography.Text>
        </Divider>
        <CertificateResultFields />
        <Form.Item name="notes" label={t('certificates.notes')} style={{ marginTop: 16 }} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
