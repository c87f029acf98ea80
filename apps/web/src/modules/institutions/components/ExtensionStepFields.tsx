import { getArticle, getLatestExtendedDeadline, getPreparationDeadline, type LifecycleContext } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import { DatePicker, Form, Space } from 'antd';
import dayjs from 'dayjs';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readCaseContext } from '../utils/readCaseContext.ts';
import { ArticleTag } from './ArticleTag.tsx';

/** request_extension / grant_extension (CM-13 / BM-14): the proposed assessment date, at most 1 year past the original deadline. */
export const ExtensionStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  const context: LifecycleContext = readCaseContext(caseView);
  const latest = context.preparationApprovedOn
    ? getLatestExtendedDeadline(getPreparationDeadline(context.preparationApprovedOn))
    : undefined;
  return (
    <Form.Item
      name="extendedTo"
      label={
        <Space size={6}>
          {t('steps.extendedTo')}
          <ArticleTag article={getArticle(caseView.institutionType, 'acceptanceDeadline')} />
        </Space>
      }
      extra={latest ? t('steps.extensionHint', { latest }) : undefined}
      rules={[{ required: true }]}
    >
      <DatePicker
        style={{ width: 220 }}
        disabledDate={(date) =>
          (caseView.preparationDeadline !== null && !date.isAfter(dayjs(caseView.preparationDeadline), 'day')) ||
          (latest !== undefined && date.isAfter(dayjs(latest), 'day'))
        }
      />
    </Form.Item>
  );
};
