import type { Permission } from '@jiliang/shared';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from '../modules/auth/components/RequireAuth.tsx';
import { RequirePermission } from '../modules/auth/components/RequirePermission.tsx';
import { AppLayout } from '../modules/layout/components/AppLayout.tsx';
import { AuditPage } from '../pages/AuditPage.tsx';
import { CarbonFactorsPage } from '../pages/CarbonFactorsPage.tsx';
import { CarbonPage } from '../pages/CarbonPage.tsx';
import { CarbonProvincePage } from '../pages/CarbonProvincePage.tsx';
import { CarbonRunPage } from '../pages/CarbonRunPage.tsx';
import { CarbonSourcesPage } from '../pages/CarbonSourcesPage.tsx';
import { DueDatesPage } from '../pages/DueDatesPage.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { InstitutionPage } from '../pages/InstitutionPage.tsx';
import { InstitutionsPage } from '../pages/InstitutionsPage.tsx';
import { InstrumentPage } from '../pages/InstrumentPage.tsx';
import { InstrumentsPage } from '../pages/InstrumentsPage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { MeterDataPage } from '../pages/MeterDataPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { OrganisationDetailPage } from '../pages/OrganisationDetailPage.tsx';
import { OrganisationsPage } from '../pages/OrganisationsPage.tsx';
import { QualityPage } from '../pages/QualityPage.tsx';
import { QualityTrendPage } from '../pages/QualityTrendPage.tsx';
import { ScoringPage } from '../pages/ScoringPage.tsx';
import { StandardPage } from '../pages/StandardPage.tsx';
import { StandardsPage } from '../pages/StandardsPage.tsx';
import { TokensPage } from '../pages/TokensPage.tsx';
import { UsersPage } from '../pages/UsersPage.tsx';
import { EnergyBalancePage } from '../pages/EnergyBalancePage.tsx';
import { EnergyBenchmarksPage } from '../pages/EnergyBenchmarksPage.tsx';
import { EnergyDemandPage } from '../pages/EnergyDemandPage.tsx';
import { EnergyReviewPage } from '../pages/EnergyReviewPage.tsx';
import { EnergyReviewsPage } from '../pages/EnergyReviewsPage.tsx';
import { EnergySavingsPage } from '../pages/EnergySavingsPage.tsx';

const guard = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

export const AppRoutes = () => (
  <Routes>
    <Route path="/login" element={<LoginPage />} />
    <Route element={<RequireAuth />}>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="organisations" element={guard('organisations:read', <OrganisationsPage />)} />
        <Route path="organisations/:id" element={guard('organisations:read', <OrganisationDetailPage />)} />
        <Route path="institutions" element={guard('institutions:read', <InstitutionsPage />)} />
        <Route path="institutions/:orgId" element={guard('institutions:read', <InstitutionPage />)} />
        <Route path="institutions/:orgId/score" element={guard('institutions:assess', <ScoringPage />)} />
        <Route path="instruments" element={guard('instruments:read', <InstrumentsPage />)} />
        <Route path="instruments/due" element={guard('instruments:read', <DueDatesPage />)} />
        <Route path="instruments/:id" element={guard('instruments:read', <InstrumentPage />)} />
        <Route path="standards" element={guard('instruments:read', <StandardsPage />)} />
        <Route path="standards/:id" element={guard('instruments:read', <StandardPage />)} />
        <Route path="meter-data" element={guard('sites:read', <MeterDataPage />)} />
        <Route path="quality" element={guard('sites:read', <QualityPage />)} />
        <Route path="quality/trend" element={guard('sites:read', <QualityTrendPage />)} />
        <Route path="carbon" element={guard('carbon:read', <CarbonPage />)} />
        <Route path="carbon/runs/:id" element={guard('carbon:read', <CarbonRunPage />)} />
        <Route path="carbon/sources" element={guard('carbon:read', <CarbonSourcesPage />)} />
        <Route path="carbon/factors" element={guard('carbon:read', <CarbonFactorsPage />)} />
        <Route path="carbon/province" element={guard('carbon:read', <CarbonProvincePage />)} />
        <Route path="energy" element={guard('energy:read', <EnergyReviewsPage />)} />
        <Route path="energy/reviews" element={guard('energy:read', <EnergyReviewsPage />)} />
        <Route path="energy/reviews/:id" element={guard('energy:read', <EnergyReviewPage />)} />
        <Route path="energy/benchmarks" element={guard('energy:read', <EnergyBenchmarksPage />)} />
        <Route path="energy/balance" element={guard('energy:read', <EnergyBalancePage />)} />
        <Route path="energy/savings" element={guard('energy:read', <EnergySavingsPage />)} />
        <Route path="energy/demand" element={guard('energy:read', <EnergyDemandPage />)} />
        <Route path="users" element={guard('users:read', <UsersPage />)} />
        <Route path="tokens" element={guard('tokens:manage', <TokensPage />)} />
        <Route path="audit" element={guard('audit:read', <AuditPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>
  </Routes>
);
