import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { BilingualLabel } from '../../i18n/utils/pickLabel.ts';
import { findPhaseColor } from '../utils/findPhaseColor.ts';
import { findStateInfo } from '../utils/findStateInfo.ts';

export type StateTagProps = { state: string; label?: BilingualLabel | undefined; 'data-testid'?: string };

/** A lifecycle stage in the colour of its phase; `data-state` carries the code for tests and tools. */
export const StateTag = ({ state, label, 'data-testid': testId }: StateTagProps) => {
  const { pick } = useLocale();
  const info = findStateInfo(state);
  const text = label ? pick(label) : info ? pick(info) : state;
  return (
    <Tag color={findPhaseColor(info?.phase)} data-testid={testId} data-state={state}>
      {text}
    </Tag>
  );
};
