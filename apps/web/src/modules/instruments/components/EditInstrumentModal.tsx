import type { Instrument } from '@jiliang/shared';
import { App, Form, Modal } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useUpdateInstrument } from '../hooks/useUpdateInstrument.ts';
import { INSTRUMENT_FORM_FIELD_NAMES } from '../utils/instrumentFormFieldNames.ts';
import type { InstrumentFormValues } from '../utils/InstrumentFormValues.ts';
import { toInstrumentFormValues } from '../utils/toInstrumentFormValues.ts';
import { toInstrumentInput } from '../utils/toInstrumentInput.ts';
import { InstrumentFormFields } from './InstrumentFormFields.tsx';

/** PUT /api/instruments/:id with the version that was read; the status is kept (it changes with a reason). */
export const EditInstrumentModal = ({ instrument, onClose }: { instrument: Instrument; onClose: () => void }) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<InstrumentFormValues>();
  const update = useUpdateInstrument(instrument.id);

  const handleFinish = (values: InstrumentFormValues) => {
    update.mutate(
      { version: instrument.version, instrument: { ...toInstrumentInput(values), status: instrument.status } },
      {
        onSuccess: () => {
          void message.success(t('instrumentPage.saved'));
          onClose();
        },
        onError: (error) => {
          applyFieldErrors(form, error, INSTRUMENT_FORM_FIELD_NAMES);
          showApiError(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('instrumentPage.editTitle', { code: instrument.code })}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      width={860}
      confirmLoading={update.isPending}
      okButtonProps={{ 'data-testid': 'edit-instrument-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<InstrumentFormValues>
        form={form}
        name="edit-instrument"
        layout="vertical"
        initialValues={toInstrumentFormValues(instrument)}
        onFinish={handleFinish}
      >
        <InstrumentFormFields ownerId={instrument.ownerId} formName="edit-instrument" />
      </Form>
    </Modal>
  );
};
