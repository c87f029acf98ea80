import { Alert, Space } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { isApiError } from '../../api/utils/isApiError.ts';
import { readFieldIssues } from '../../api/utils/readFieldIssues.ts';
import { readErrorArticle } from '../utils/readErrorArticle.ts';
import { ArticleTag } from './ArticleTag.tsx';

/** Why the server refused a step, on the form: its message, the article it names and the request id. */
export const StepErrorAlert = ({ error }: { error: unknown }) => {
  const { t } = useLocale();
  if (!error) return null;
  const article = readErrorArticle(error);
  const issues = isApiError(error) ? readFieldIssues(error) : [];
  const description = isApiError(error)
    ? [
        ...issues.map((issue) => `${issue.field.replace(/^body\./, '')}: ${issue.message} (${issue.rule})`),
        `${error.code}${error.requestId ? ` · ${t('error.requestId')}: ${error.requestId}` : ''}`,
      ].join('\n')
    : undefined;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="step-error"
      style={{ marginBottom: 16, whiteSpace: 'pre-wrap' }}
      title={
        <Space size={6} wrap>
          {isApiError(error, 'CONFLICT') ? t('steps.conflict') : isApiError(error) ? error.message : t('error.unexpected')}
          <ArticleTag article={article} />
        </Space>
      }
      description={description}
    />
  );
};
