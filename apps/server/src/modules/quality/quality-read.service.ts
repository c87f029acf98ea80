import type { Kysely } from 'kysely';
import { toShanghaiDate } from '@jiliang/calc';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { QualityEvaluationService } from './quality-evaluation.service.ts';
import { createQualityHeatmapService } from './quality-heatmap.service.ts';
import { createQualityIssuesService } from './quality-issues.service.ts';
import { createQualityMonthService } from './quality-month.service.ts';
import { createQualityReportService } from './quality-report.service.ts';

/**
 * What the quality screens read (issue 6 §4–5): the heatmap, the issue list, a day's readings with flags and
 * estimates, credibility with its parts, the monthly report and an institution's trend. Every read refreshes
 * the dirty point-days it covers first (evaluation.refresh).
 */
export type QualityReadService = ReturnType<typeof createQualityReadService>;

export const createQualityReadService = ({
  db,
  clock,
  evaluation,
}: {
  db: Kysely<Database>;
  clock: Clock;
  evaluation: QualityEvaluationService;
}) => {
  const month = createQualityMonthService({ db, evaluation });
  const { heatmap, totalOf, getDay } = createQualityHeatmapService({ db, evaluation, month });
  const { listIssues } = createQualityIssuesService({ db, month });
  const { monthlyReport, trend } = createQualityReportService({ db, clock, evaluation, month, totalOf });

  const today = () => toShanghaiDate(clock.now());
  return { heatmap, listIssues, getDay, totalOf, monthlyReport, trend, today };
};
