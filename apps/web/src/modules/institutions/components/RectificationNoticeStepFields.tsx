import { getArticle } from '@jiliang/calc';
import type { InstitutionCase } from '@jiliang/shared';
import dayjs from 'dayjs';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { DueDateField } from './DueDateField.tsx';

/** issue_rectification_notice (CM-17 / BM-18): the notice sets a due date at most 1 year ahead. */
export const RectificationNoticeStepFields = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  return (
    <DueDateField
      name="rectificationNoticeDueOn"
      label={t('steps.rectificationNoticeDueOn')}
      article={getArticle(caseView.institutionType, 'rectificationNotice')}
      extra={t('steps.rectificationNoticeHint')}
      latest={dayjs().add(1, 'year')}
    />
  );
};
