import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { StandardLevel } from '../utils/StandardLevel.ts';

const COLORS: Record<StandardLevel, string> = { national_primary: 'geekblue', highest: 'purple', working: 'cyan' };

export const StandardLevelTag = ({ level }: { level: StandardLevel }) => {
  const { t } = useLocale();
  return <Tag color={COLORS[level]}>{t(`standardLevel.${level}`)}</Tag>;
};
