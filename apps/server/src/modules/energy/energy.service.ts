import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../store/database.ts';
import { createBenchmarkService } from './benchmark.service.ts';
import { createDemandService } from './demand.service.ts';
import { createEnergyBalanceService } from './energy-balance.service.ts';
import { createEnergyReviewService } from './energy-review.service.ts';
import { createRectificationService } from './rectification.service.ts';
import { createSavingsService } from './savings.service.ts';

/** The energy services of issue 8, wired once (services.ts: `energy`). Guide: docs/ENERGY.md. */
export const createEnergyServices = ({ db, clock }: { db: Kysely<Database>; clock: Clock }) => {
  const reviews = createEnergyReviewService({ db, clock });
  return {
    reviews,
    rectifications: createRectificationService({ db, clock, reviews }),
    benchmarks: createBenchmarkService({ db, clock }),
    balance: createEnergyBalanceService({ db }),
    savings: createSavingsService({ db, clock }),
    demand: createDemandService({ db, clock }),
  };
};

export type EnergyServices = ReturnType<typeof createEnergyServices>;
