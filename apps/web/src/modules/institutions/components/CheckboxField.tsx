import { Checkbox, Form, Space, type FormRule } from 'antd';
import type { ReactNode } from 'react';
import { ArticleTag } from './ArticleTag.tsx';

export type CheckboxFieldProps = {
  name: string;
  label: ReactNode;
  article?: string | null | undefined;
  rules?: FormRule[];
  extra?: ReactNode;
  disabled?: boolean;
};

/** One ticked statement of a step form, citing the article that requires it; `data-testid` is `check-<name>`. */
export const CheckboxField = ({ name, label, article, rules, extra, disabled }: CheckboxFieldProps) => (
  <Form.Item name={name} valuePropName="checked" rules={rules} extra={extra} style={{ marginBottom: 8 }}>
    <Checkbox data-testid={`check-${name}`} disabled={disabled}>
      <Space size={6} wrap>
        <span>{label}</span>
        <ArticleTag article={article} />
      </Space>
    </Checkbox>
  </Form.Item>
);
