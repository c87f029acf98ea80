import { ORGANISATION_KIND_LABELS, type OrganisationKind } from '@jiliang/shared';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import type { OrganisationKindCount } from '../../organisations/hooks/useOrganisationCountsByKind.ts';

export type KindStatisticsProps = { kinds: readonly OrganisationKind[]; counts: readonly OrganisationKindCount[]; loading: boolean };

export const KindStatistics = ({ kinds, counts, loading }: KindStatisticsProps) => {
  const { pick } = useLocale();
  return (
    <Row gutter={[16, 16]}>
      {kinds.map((kind) => (
        <Col key={kind} xs={24} sm={12} lg={6}>
          <Link to={`/organisations?kind=${kind}`}>
            <Card hoverable loading={loading} data-testid={`stat-${kind}`}>
              <Statistic title={pick(ORGANISATION_KIND_LABELS[kind])} value={counts.find((count) => count.kind === kind)?.total ?? 0} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
};
