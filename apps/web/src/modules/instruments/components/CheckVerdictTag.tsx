import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<string, string> = { pass: 'green', fail: 'red', recorded: 'blue', insufficient: 'orange' };
const VERDICTS = ['pass', 'fail', 'recorded', 'insufficient'] as const;

/** The verdict of a JJF 1033-2023 check; an unknown verdict is shown as the server wrote it. */
export const CheckVerdictTag = ({ verdict }: { verdict: string }) => {
  const { t } = useLocale();
  const known = VERDICTS.find((candidate) => candidate === verdict);
  return (
    <Tag color={COLORS[verdict] ?? 'default'} data-testid="check-verdict" data-verdict={verdict}>
      {known ? t(`checks.verdict.${known}`) : verdict}
    </Tag>
  );
};
