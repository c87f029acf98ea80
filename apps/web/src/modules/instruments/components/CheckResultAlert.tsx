import { Alert, Flex, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readCheckMessage } from '../utils/readCheckMessage.ts';
import type { StandardCheck } from '../utils/StandardCheck.ts';
import { CheckVerdictTag } from './CheckVerdictTag.tsx';

/** The check just recorded: the verdict, the judgement's sentence and the rule (JJF 1033-2023) the server applied. */
export const CheckResultAlert = ({ check }: { check: StandardCheck }) => {
  const { t, locale } = useLocale();
  const type =
    check.verdict === 'pass' ? 'success' : check.verdict === 'fail' ? 'error' : check.verdict === 'insufficient' ? 'warning' : 'info';
  return (
    <Alert
      type={type}
      showIcon
      data-testid="check-result"
      title={
        <>
          <CheckVerdictTag verdict={check.verdict} /> {readCheckMessage(check.result, locale)}
        </>
      }
      description={
        <Flex vertical>
          <Typography.Text type="secondary">
            {t('checks.rule')}：{check.rule}
          </Typography.Text>
        </Flex>
      }
    />
  );
};
