import { GB17167_EDITION_CHOICES, GB17167_MANAGEMENT_ITEMS, type EnergyReview, type ParsedEnergyReviewRequest } from '@jiliang/shared';
import { Alert, Checkbox, Divider, Form, Input, Modal, Select, Spin, Typography } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisationSites } from '../../organisations/hooks/useOrganisationSites.ts';
import { useCreateEnergyReview } from '../hooks/useCreateEnergyReview.ts';
import { useEnergyReview } from '../hooks/useEnergyReview.ts';
import type { ReviewFormValues } from '../utils/ReviewFormValues.ts';
import { toReviewFormValues } from '../utils/toReviewFormValues.ts';
import { toReviewRequest } from '../utils/toReviewRequest.ts';
import { EntryExitFields } from './EntryExitFields.tsx';
import { EquipmentFields } from './EquipmentFields.tsx';
import { FactFields } from './FactFields.tsx';
import { SubUnitFields } from './SubUnitFields.tsx';

/** `previousId`: the unit's latest review, whose inventory and checklist the form starts from. */
type Props = { unitId: string; previousId?: string | undefined; onCreated: (review: EnergyReview) => void; onClose: () => void };

const BLANK: ReviewFormValues = {
  edition: 'auto',
  entryExitPoints: [{ name: '', medium: 'electricity', direction: 'in' }],
  management: [],
};

/** 开展审查: the inventory and checklist; the instruments come from the unit's register (GB 17167). */
export const CreateReviewModal = ({ unitId, previousId, onCreated, onClose }: Props) => {
  const { t } = useLocale();
  const [form] = Form.useForm<ReviewFormValues>();
  const showApiError = useShowApiError();
  const create = useCreateEnergyReview(unitId);
  const sites = useOrganisationSites(unitId, true);
  const previous = useEnergyReview(previousId);
  const request = previous.data?.snapshot.request as ParsedEnergyReviewRequest | undefined;
  const subUnits = (sites.data?.items ?? []).filter((s) => s.level === 'sub_unit').map((s) => ({ value: s.id, label: s.name }));
  return (
    <Modal
      open
      width={980}
      title={t('review.form.title')}
      okText={t('review.new')}
      cancelText={t('action.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'review-submit' }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('review.form.hint')} style={{ marginBottom: 16 }} />
      {previousId !== undefined && previous.isPending ? (
        <Spin />
      ) : (
        <Form<ReviewFormValues>
          key={request ? 'previous' : 'blank'}
          form={form}
          layout="vertical"
          initialValues={request ? toReviewFormValues(request) : BLANK}
          onFinish={(values) => {
            create.mutate(toReviewRequest(values), { onSuccess: onCreated, onError: showApiError });
          }}
        >
          <Form.Item name="reviewDate" label={t('review.date')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="edition" label={t('review.edition')}>
            <Select
              style={{ width: 220 }}
              options={GB17167_EDITION_CHOICES.map((e) => ({
                value: e,
                label: e === 'auto' ? t('review.form.editionAuto') : `GB 17167-${e}`,
              }))}
            />
          </Form.Item>
          <Divider titlePlacement="start">{t('review.form.entryExit')}</Divider>
          <EntryExitFields />
          <Divider titlePlacement="start">{t('review.form.subUnits')}</Divider>
          <SubUnitFields sites={subUnits} />
          <Divider titlePlacement="start">{t('review.form.equipment')}</Divider>
          <EquipmentFields sites={subUnits} />
          <Divider titlePlacement="start">{t('review.form.facts')}</Divider>
          <FactFields />
          <Divider titlePlacement="start">{t('review.form.management')}</Divider>
          <Form.Item name="management">
            <Checkbox.Group options={GB17167_MANAGEMENT_ITEMS.map((item) => ({ value: item, label: t(`checklist.${item}`) }))} />
          </Form.Item>
          <Form.Item name="rectificationDueOn" label={t('review.form.dueOn')}>
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
          <Typography.Text type="secondary">{t('energy.confirmationHint')}</Typography.Text>
        </Form>
      )}
    </Modal>
  );
};
