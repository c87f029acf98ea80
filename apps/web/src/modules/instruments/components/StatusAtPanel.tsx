import { Button, Card, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiErrorAlert } from '../../api/components/ApiErrorAlert.tsx';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../../institutions/utils/readShanghaiToday.ts';
import { useStatusAt, type StatusAtQuery } from '../hooks/useStatusAt.ts';
import { StatusAtResult } from './StatusAtResult.tsx';

type Values = { at: Dayjs; reading?: number | null; unit?: string };

/**
 * 某时刻状态: GET /api/instruments/:id/status-at. With a reading, the standard uncertainty the quality
 * and accounting work would use: U/k from the certificate, or the MPE as a rectangular distribution
 * (JJF 1059.1-2012 4.3.3).
 */
export const StatusAtPanel = ({ instrumentId, defaultUnit }: { instrumentId: string; defaultUnit: string | null }) => {
  const { t } = useLocale();
  const [query, setQuery] = useState<StatusAtQuery>(() => ({ at: readShanghaiToday() }));
  const status = useStatusAt(instrumentId, query);
  return (
    <Card title={t('statusAt.title')} data-testid="status-at" size="small">
      <Flex vertical gap={12}>
        <Form<Values>
          layout="inline"
          name="status-at"
          initialValues={{ at: dayjs(query.at), unit: defaultUnit ?? undefined }}
          onFinish={(values) => {
            const reading = typeof values.reading === 'number' ? values.reading : undefined;
            setQuery({
              at: values.at.format('YYYY-MM-DD'),
              reading,
              unit: reading === undefined ? undefined : values.unit?.trim() || undefined,
            });
          }}
        >
          <Form.Item name="at" label={t('statusAt.at')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="reading" label={t('statusAt.reading')}>
            <InputNumber style={{ width: 120 }} data-testid="status-at-reading" />
          </Form.Item>
          <Form.Item name="unit" label={t('statusAt.unit')}>
            <Input style={{ width: 90 }} maxLength={30} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={status.isFetching} data-testid="status-at-submit">
              {t('statusAt.query')}
            </Button>
          </Form.Item>
        </Form>
        {status.error && <ApiErrorAlert error={status.error} />}
        {status.data && (
          <StatusAtResult status={status.data} unit={query.unit ?? defaultUnit ?? undefined} hasReading={query.reading !== undefined} />
        )}
      </Flex>
    </Card>
  );
};
