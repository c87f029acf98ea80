import type { OrganisationKind } from '@jiliang/shared';
import { Flex } from 'antd';
import { useOrganisationCountsByKind } from '../../organisations/hooks/useOrganisationCountsByKind.ts';
import { KindStatistics } from './KindStatistics.tsx';
import { OrganisationsByKindChart } from './OrganisationsByKindChart.tsx';

/** Counts within the role's scope: the server filters the organisation list by who is asking. */
export const OrganisationCountsPanel = ({ statKinds }: { statKinds: readonly OrganisationKind[] }) => {
  const counts = useOrganisationCountsByKind();
  return (
    <Flex vertical gap={16}>
      <KindStatistics kinds={statKinds} counts={counts.counts} loading={counts.isPending} />
      <OrganisationsByKindChart {...counts} />
    </Flex>
  );
};
