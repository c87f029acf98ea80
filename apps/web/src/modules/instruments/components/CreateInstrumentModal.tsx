import type { Instrument } from '@jiliang/shared';
import { App, Form, Modal } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { applyFieldErrors } from '../../api/utils/applyFieldErrors.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { useCreateInstrument } from '../hooks/useCreateInstrument.ts';
import { INSTRUMENT_FORM_FIELD_NAMES } from '../utils/instrumentFormFieldNames.ts';
import type { InstrumentFormValues } from '../utils/InstrumentFormValues.ts';
import { toInstrumentInput } from '../utils/toInstrumentInput.ts';
import { InstrumentFormFields } from './InstrumentFormFields.tsx';

type Values = InstrumentFormValues & { ownerId?: string };

export type CreateInstrumentModalProps = {
  /** The register the instrument goes into; people who see several registers may choose another. */
  ownerId: string | undefined;
  canChooseOwner: boolean;
  onClose: () => void;
  onCreated: (instrument: Instrument) => void;
};

/** 登记器具: POST /api/organisations/:id/instruments. */
export const CreateInstrumentModal = ({ ownerId, canChooseOwner, onClose, onCreated }: CreateInstrumentModalProps) => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const [form] = Form.useForm<Values>();
  const create = useCreateInstrument();
  const chosenOwner = Form.useWatch('ownerId', form) ?? ownerId;

  const handleFinish = (values: Values) => {
    const owner = values.ownerId ?? ownerId;
    if (!owner) return;
    create.mutate(
      { ownerId: owner, input: toInstrumentInput(values) },
      {
        onSuccess: (instrument) => {
          void message.success(t('register.created', { code: instrument.code, name: instrument.name }));
          onCreated(instrument);
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
      title={t('register.create')}
      okText={t('action.create')}
      cancelText={t('action.cancel')}
      width={860}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'create-instrument-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        name="create-instrument"
        layout="vertical"
        initialValues={{
          ownerId,
          instrumentType: 'electricity_meter',
          medium: 'electricity',
          gb17167Level: 'entry_exit',
          mandatoryVerification: false,
        }}
        onFinish={handleFinish}
      >
        {canChooseOwner && (
          <Form.Item name="ownerId" label={t('instrument.owner')} rules={[{ required: true, message: t('register.ownerNeeded') }]}>
            <OwnerSelect />
          </Form.Item>
        )}
        <InstrumentFormFields ownerId={chosenOwner} formName="create-instrument" />
      </Form>
    </Modal>
  );
};
