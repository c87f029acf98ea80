import type { Benchmark } from '@jiliang/shared';
import { Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

const COLORS: Record<Benchmark['verdict'], string> = { advanced: 'success', new: 'processing', existing: 'warning', exceeds: 'error' };

/** The tier a unit consumption reaches (GB 16780-2012 4.1–4.3). */
export const BenchmarkVerdictTag = ({ verdict }: { verdict: Benchmark['verdict'] }) => {
  const { t } = useLocale();
  return <Tag color={COLORS[verdict]}>{t(`benchmark.verdict.${verdict}`)}</Tag>;
};
