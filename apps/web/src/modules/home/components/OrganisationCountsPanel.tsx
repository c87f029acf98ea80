import type { OrganisationKind } from '@jiliang/shared';
import { Card, Empty, Flex } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useOrganisationCountsByKind } from '../../organisations/hooks/useOrganisationCountsByKind.ts';
import { KindStatistics } from './KindStatistics.tsx';
import { OrganisationsByKindChart } from './OrganisationsByKindChart.tsx';

/** Counts within the role's scope: the server filters the organisation list by who is asking. */
export const OrganisationCountsPanel = ({ statKinds }: { statKinds: readonly OrganisationKind[] }) => {
  const counts = useOrganisationCountsByKind();
  const { t } = useLocale();
  const isEmpty = !counts.isPending && !counts.error && counts.counts.every((c) => c.total === 0);
  if (isEmpty) {
    return (
      <Card data-testid="home-empty-scope">
        <Empty description={t('home.emptyScope')} />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      <KindStatistics kinds={statKinds} counts={counts.counts} loading={counts.isPending} />
      <OrganisationsByKindChart {...counts} />
    </Flex>
  );
};
