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
  const assessment = createAssessmentService({ db, clock });
  return {
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
  };
};

export type Services = ReturnType<typeof createServices>;
