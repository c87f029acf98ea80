import { DatePicker, Form, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { ArticleTag } from './ArticleTag.tsx';

export type DueDateFieldProps = { name: string; label: ReactNode; article: string | null; extra?: ReactNode; latest?: Dayjs };

/** A due date a step sets: after today and, where the Measures cap it, no later than `latest`. */
export const DueDateField = ({ name, label, article, extra, latest }: DueDateFieldProps) => (
  <Form.Item
    name={name}
    label={
      <Space size={6}>
        {label}
        <ArticleTag article={article} />
      </Space>
    }
    extra={extra}
    rules={[{ required: true }]}
  >
    <DatePicker
      style={{ width: 220 }}
      data-testid={`date-${name}`}
      disabledDate={(date) => !date.isAfter(dayjs(), 'day') || (latest !== undefined && date.isAfter(latest, 'day'))}
    />
  </Form.Item>
);
