import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import type { TraceabilityService } from '../instruments/traceability.service.ts';
import { createMonthlyFigureService } from './monthly-figure.service.ts';
import { createQualityEvaluationService } from './quality-evaluation.service.ts';
import { createQualityReadService } from './quality-read.service.ts';
import { createQualityWriteService } from './quality-write.service.ts';

/** The quality module (issue 6): stored evaluations and their re-runs, the reads of the screens, limits, gap filling and 月报数据. */
export const createQualityServices = ({
  db,
  clock,
  traceability,
}: {
  db: Kysely<Database>;
  clock: Clock;
  traceability: Pick<TraceabilityService, 'loadInstrumentNodes'>;
}) => {
  const evaluation = createQualityEvaluationService({ db, clock, traceability });
  return {
    evaluation,
    read: createQualityReadService({ db, clock, evaluation }),
    write: createQualityWriteService({ db, clock, evaluation }),
    monthlyFigures: createMonthlyFigureService({ db, clock }),
  };
};
export type QualityServices = ReturnType<typeof createQualityServices>;
