import { Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
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

type Values = { performedOn: Dayjs; readings: string; m?: number | null; budgetRepeatability?: number | null };

/** JJF 1033-2023 检定或校准结果的重复性试验: n readings of a stable item; s/√m judged against the budget's value. */
export const RepeatabilityCheckForm = ({ standardId }: { standardId: string }) => {
  const { t } = useLocale();
  const record = useRecordCheck(standardId);
  const [last, setLast] = useState<StandardCheck | undefined>();
  const validateReadings = (_: unknown, text: string | undefined) => {
    const parsed = parseReadings(text);
    if (parsed.invalid !== undefined) return settleValidation(t('checks.readingsInvalid', { text: parsed.invalid }));
    return settleValidation(parsed.readings.length < 2 ? t('checks.readingsTooFew', { min: 2 }) : undefined);
  };
  return (
    <Flex vertical gap={12}>
      <Form<Values>
        name="repeatability"
        layout="vertical"
        initialValues={{ performedOn: dayjs(readShanghaiToday()), m: 1 }}
        onFinish={(values) => {
          record.mutate(
            {
              kind: 'repeatability',
              performedOn: values.performedOn.format('YYYY-MM-DD'),
              readings: parseReadings(values.readings).readings,
              ...(typeof values.m === 'number' ? { m: values.m } : {}),
              ...(typeof values.budgetRepeatability === 'number' ? { budgetRepeatability: values.budgetRepeatability } : {}),
            },
            { onSuccess: setLast },
          );
        }}
      >
        <Flex gap={16} wrap>
          <Form.Item name="performedOn" label={t('checks.performedOn')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="m" label={t('checks.m')}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="budgetRepeatability" label={t('checks.budgetRepeatability')}>
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
        </Flex>
        <Form.Item name="readings" label={t('checks.readings')} extra={t('checks.readingsHint')} rules={[{ validator: validateReadings }]}>
          <Input.TextArea rows={3} data-testid="repeatability-readings" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.isPending} data-testid="repeatability-submit">
          {t('checks.submit')}
        </Button>
      </Form>
      {record.error && <ApiErrorAlert error={record.error} />}
      {last && <CheckResultAlert check={last} />}
    </Flex>
  );
};
