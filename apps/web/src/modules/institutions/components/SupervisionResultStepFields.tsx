import type { Article } from '@jiliang/calc';
import { Form, Radio, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { ArticleTag } from './ArticleTag.tsx';
import { DueDateField } from './DueDateField.tsx';

/**
 * record_inspection_result / record_re_review_result / record_recheck_result (CM-23, CM-24 / BM-23,
 * BM-24): passed, or failed with a rectification deadline.
 */
export const SupervisionResultStepFields = ({ article }: { article: Article | string | null }) => {
  const { t } = useLocale();
  const passed = Form.useWatch<boolean | undefined>('supervisionPassed');
  return (
    <>
      <Form.Item
        name="supervisionPassed"
        label={
          <Space size={6}>
            {t('steps.supervisionPassed')}
            <ArticleTag article={article} />
          </Space>
        }
        rules={[{ required: true }]}
      >
        <Radio.Group
          options={[
            { value: true, label: t('institution.passed') },
            { value: false, label: t('institution.failed') },
          ]}
        />
      </Form.Item>
      {passed === false && (
        <DueDateField name="supervisionDueOn" label={t('steps.supervisionDueOn')} article={article} extra={t('steps.supervisionDueHint')} />
      )}
    </>
  );
};
