import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { Database } from './store/database.ts';
import { createAuthService, type AuthSettings } from './modules/identity/auth.service.ts';
import { createOrganisationService } from './modules/identity/organisation.service.ts';
import { createTokenService } from './modules/identity/token.service.ts';
import { createUserService } from './modules/identity/user.service.ts';
import { listPanelOrganisationIds } from './modules/institutions/institution.repository.ts';
import { createInstitutionService } from './modules/institutions/institution.service.ts';
import { createAssessmentService } from './modules/institutions/assessment.service.ts';
import { createCaseDocumentsService } from './modules/institutions/case-documents.service.ts';
import { createTaskBookService } from './modules/institutions/task-book.service.ts';
import { createCertificateService } from './modules/instruments/certificate.service.ts';
import { createDccImportService } from './modules/instruments/dcc-import.service.ts';
import { createInstrumentService } from './modules/instruments/instrument.service.ts';
import { createRegisterImportService } from './modules/instruments/register-import.service.ts';
import { createIngestService } from './modules/readings/ingest.service.ts';
import { createPointService } from './modules/readings/point.service.ts';
import { createQuarantineService } from './modules/readings/quarantine.service.ts';
import { createRollupService } from './modules/readings/rollup.service.ts';
import { createSeriesService } from './modules/readings/series.service.ts';
import { createReminderService } from './modules/instruments/reminder.service.ts';
import { createStandardService } from './modules/instruments/standard.service.ts';
import { createTraceabilityService } from './modules/instruments/traceability.service.ts';
import { createAccountingService } from './modules/carbon/accounting.service.ts';
import { createFactorService } from './modules/carbon/factor.service.ts';
import { createSourceService } from './modules/carbon/source.service.ts';
import { createEnergyServices } from './modules/energy/energy.service.ts';
import { createQualityServices } from './modules/quality/quality.service.ts';

/** Every module's service, wired once with explicit dependencies (STYLE: no singletons). */
export const createServices = ({
  db,
  clock,
  auth,
  fontDir,
}: {
  db: Kysely<Database>;
  clock: Clock;
  auth: AuthSettings;
  fontDir?: string;
}) => {
  const standards = createStandardService({ db, clock });
  const assessment = createAssessmentService({ db, clock, samplingPopulation: standards.samplingPopulation });
  const instruments = createInstrumentService({ db, clock });
  const certificates = createCertificateService({ db, clock });
  const rollups = createRollupService();
  const ingest = createIngestService({ db, clock, rollups });
  const traceability = createTraceabilityService({ db, clock });
  const factors = createFactorService({ db, clock });
  const emissionSources = createSourceService({ db, clock, factors });
  return {
    points: createPointService({ db, clock, rollups }),
    ingest,
    rollups,
    quarantine: createQuarantineService({ db, clock, ingest }),
    series: createSeriesService({ db }),
    instruments,
    certificates,
    standards,
    traceability,
    factors,
    emissionSources,
    accounting: createAccountingService({ db, clock, factors, sources: emissionSources, traceability }),
    reminders: createReminderService({ db, clock }),
    registerImport: createRegisterImportService({ db, clock, instruments, certificates }),
    dcc: createDccImportService({ db, certificates }),
    organisations: createOrganisationService({ db, clock }),
    users: createUserService({ db, clock }),
    // Experts reach the organisations of the panels they sit on (CM-10).
    auth: createAuthService({ db, clock, settings: auth, listPanelOrganisationIds: (userId) => listPanelOrganisationIds(db, userId) }),
    institutions: createInstitutionService({
      db,
      clock,
      assessment,
      documents: createCaseDocumentsService({ fontDir, assessment }),
      taskBook: createTaskBookService({ db, clock }),
    }),
    taskBook: createTaskBookService({ db, clock }),
    assessment,
    tokens: createTokenService({ db, clock }),
    energy: createEnergyServices({ db, clock }),
    quality: createQualityServices({ db, clock, traceability }),
  };
};

export type Services = ReturnType<typeof createServices>;
