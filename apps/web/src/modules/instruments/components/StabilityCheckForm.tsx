import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { settleValidation } from '../../common/utils/settleValidation.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { useRecordCheck } from '../hooks/useRecordCheck.ts';
import { parseReadings } from '../utils/parseReadings.ts';
import type { StandardCheck } from '../utils/StandardCheck.ts';
import { CheckResultAlert } from './CheckResultAlert.tsx';

type Values = {
  performedOn: Dayjs;
  standardKind: 'new' | 'existing';
  groups: { date?: Dayjs; readings?: string }[];
  usedWithCorrection: boolean;
  mpe?: number | null;
  correctionExpandedUncertainty?: number | null;
};

/**
 * JJF 1033-2023 稳定性考核: groups of readings of a check standard over time; stability (max − min of the
 * group means, or the last two years' difference) must stay below |MPE|, or below U of the correction.
 */
export const StabilityCheckForm = ({ standardId }: { standardId: string }) => {
  const { t } = useLocale();
  const record = useRecordCheck(standardId);
  const [last, setLast] = useState<StandardCheck | undefined>();
  const [form] = Form.useForm<Values>();
  const usedWithCorrection = Form.useWatch('usedWithCorrection', form);
  const validateReadings = (_: unknown, text: string | undefined) => {
    const parsed = parseReadings(text);
    if (parsed.invalid !== undefined) return settleValidation(t('checks.readingsInvalid', { text: parsed.invalid }));
    return settleValidation(parsed.readings.length < 1 ? t('checks.readingsTooFew', { min: 1 }) : undefined);
  };

  const handleFinish = (values: Values) => {
    record.mutate(
      {
        kind: 'stability',
        performedOn: values.performedOn.format('YYYY-MM-DD'),
        standardKind: values.standardKind,
        groups: values.groups.map((group) => ({
          date: group.date?.format('YYYY-MM-DD') ?? '',
          readings: parseReadings(group.readings).readings,
        })),
        usedWithCorrection: values.usedWithCorrection,
        ...(!values.usedWithCorrection && typeof values.mpe === 'number' ? { mpe: values.mpe } : {}),
        ...(values.usedWithCorrection && typeof values.correctionExpandedUncertainty === 'number'
          ? { correctionExpandedUncertainty: values.correctionExpandedUncertainty }
          : {}),
      },
      { onSuccess: setLast },
    );
  };

  return (
    <Flex vertical gap={12}>
      <Form<Values>
        form={form}
        name="stability"
        layout="vertical"
        initialValues={{ performedOn: dayjs(readShanghaiToday()), standardKind: 'existing', usedWithCorrection: false, groups: [{}, {}] }}
        onFinish={handleFinish}
      >
        <Flex gap={16} wrap>
          <Form.Item name="performedOn" label={t('checks.performedOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="standardKind" label={t('checks.standardKind')}>
            <Radio.Group
              options={[
                { value: 'new', label: t('checks.standardKind.new') },
                { value: 'existing', label: t('checks.standardKind.existing') },
              ]}
            />
          </Form.Item>
        </Flex>
        <Form.List name="groups">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" data-testid="stability-group">
                  <Form.Item
                    name={[field.name, 'date']}
                    label={index === 0 ? t('checks.groupDate') : undefined}
                    rules={[{ required: true }]}
                  >
                    <DatePicker />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'readings']}
                    label={index === 0 ? t('checks.readings') : undefined}
                    rules={[{ validator: validateReadings }]}
                    style={{ flex: 1 }}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item label={index === 0 ? ' ' : undefined}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={fields.length <= 2}
                      aria-label="remove"
                      onClick={() => {
                        remove(field.name);
                      }}
                    />
                  </Form.Item>
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  add({});
                }}
                style={{ alignSelf: 'flex-start', marginBottom: 16 }}
              >
                {t('checks.addGroup')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Flex gap={16} wrap>
          <Form.Item name="usedWithCorrection" label={t('checks.usedWithCorrection')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {usedWithCorrection ? (
            <Form.Item name="correctionExpandedUncertainty" label={t('checks.correctionU')} rules={[{ required: true }]}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
          ) : (
            <Form.Item name="mpe" label={t('checks.mpe')} rules={[{ required: true }]}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
          )}
        </Flex>
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="stability-submit">
          {t('checks.submit')}
        </Button>
      </Form>
      {record.error && <ApiErrorAlert error={record.error} />}
      {last && <CheckResultAlert check={last} />}
    </Flex>
  );
};
