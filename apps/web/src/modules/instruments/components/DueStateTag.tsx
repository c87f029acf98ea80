import type { DueState } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<DueState, string> = { overdue: 'red', due_soon: 'orange', never_certified: 'default', ok: 'green' };

/** Issue 4 §7: overdue red, due within 30 days orange, never certified grey, otherwise valid green. */
export const DueStateTag = ({ state }: { state: DueState }) => {
  const { t } = useLocale();
  return (
    <Tag color={COLORS[state]} data-testid={`due-state-${state}`}>
      {t(`dueState.${state}`)}
    </Tag>
  );
};
