import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { isNextDueKind } from '../utils/isNextDueKind.ts';

/** 验收申请截止, 年度工作总结报告, …; the code itself for a kind this build does not know. */
export const DueKindText = ({ kind }: { kind: string | null }) => {
  const { t } = useLocale();
  if (!kind) return <>—</>;
  return <>{isNextDueKind(kind) ? t(`institutions.due.${kind}`) : kind}</>;
};
