import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useActiveMembership } from '../modules/auth/hooks/useActiveMembership.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { pickOrganisationName } from '../modules/organisations/utils/pickOrganisationName.ts';
import { CsvButton } from '../modules/energy/components/CsvButton.tsx';
import { DemandIndustryTable } from '../modules/energy/components/DemandIndustryTable.tsx';
import { DemandUncertainTable } from '../modules/energy/components/DemandUncertainTable.tsx';
import { DemandUnitTable } from '../modules/energy/components/DemandUnitTable.tsx';
import { EnergyNav } from '../modules/energy/components/EnergyNav.tsx';
import { InstitutionPicker } from '../modules/organisations/components/InstitutionPicker.tsx';
import { useDemandAnalysis } from '../modules/energy/hooks/useDemandAnalysis.ts';
import { demandCsv } from '../modules/energy/utils/demandCsv.ts';

/** 需求分析 (CM-6(1)): which key parameters of the units an institution serves are unmeasured, uncalibrated or most uncertain. */
export const EnergyDemandPage = () => {
  const { t, locale } = useLocale();
  const membership = useActiveMembership();
  const own =
    membership?.organisation.kind === 'institution'
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  const [picked, setPicked] = useState<{ id: string; name: string } | undefined>();
  const institution = own ?? picked;
  const demand = useDemandAnalysis(institution?.id);
  const d = demand.data;
  return (
    <Flex vertical gap={16} data-testid="page-energy-demand">
      <EnergyNav />
      <Card
        title={t('energy.tab.demand')}
        extra={
          <CsvButton
            filename={`需求分析-${institution?.name ?? ''}-${d?.on ?? ''}.csv`}
            disabled={!d}
            build={() => (d ? demandCsv(d) : '')}
          />
        }
      >
        <Flex vertical gap={16}>
          <div style={{ maxWidth: 420 }}>
            <InstitutionPicker
              testId="demand-institution"
              placeholder={t('energy.pickInstitution')}
              fixed={own}
              value={institution?.id}
              onChange={(id, name) => {
                setPicked({ id, name });
              }}
            />
          </div>
          {demand.error && <ApiErrorAlert error={demand.error} />}
          {d && (
            <>
              <Typography.Text type="secondary">{`${t('demand.on')}：${d.on} · ${t('demand.enterprises')}：${d.enterprises.length} · ${d.clause}`}</Typography.Text>
              <Typography.Title level={5}>{t('demand.byIndustry')}</Typography.Title>
              <DemandIndustryTable analysis={d} />
              <Typography.Title level={5}>{t('demand.mostUncertain')}</Typography.Title>
              <DemandUncertainTable analysis={d} />
              <Typography.Title level={5}>{t('demand.enterprises')}</Typography.Title>
              <DemandUnitTable analysis={d} />
            </>
          )}
        </Flex>
      </Card>
    </Flex>
  );
};
