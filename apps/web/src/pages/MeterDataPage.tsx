import { Card, Col, Flex, Row, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useActiveMembership } from '../modules/auth/hooks/useActiveMembership.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { useOrganisationSites } from '../modules/organisations/hooks/useOrganisationSites.ts';
import { pickOrganisationName } from '../modules/organisations/utils/pickOrganisationName.ts';
import { BatchTable } from '../modules/readings/components/BatchTable.tsx';
import { EnterprisePicker } from '../modules/readings/components/EnterprisePicker.tsx';
import { FileImportPanel } from '../modules/readings/components/FileImportPanel.tsx';
import { PointTree } from '../modules/readings/components/PointTree.tsx';
import { QuarantinePanel } from '../modules/readings/components/QuarantinePanel.tsx';
import { SeriesPanel } from '../modules/readings/components/SeriesPanel.tsx';
import { usePoints } from '../modules/readings/hooks/usePoints.ts';
import { collectPoints } from '../modules/readings/utils/pickScopeMedia.ts';
import { buildPointTree, targetKey, type PointTreeNode, type SeriesTarget } from '../modules/readings/utils/buildPointTree.ts';

const findNode = (node: PointTreeNode, key: string): PointTreeNode | undefined =>
  node.key === key ? node : node.children.map((child) => findNode(child, key)).find(Boolean);

/**
 * 计量数据 (issue 5 §7 and §2): the point tree of an enterprise, the time series of the selected point,
 * site or the whole enterprise, and the tabs of batch receipts, the quarantine and the file upload.
 */
export const MeterDataPage = () => {
  const { t, locale } = useLocale();
  const membership = useActiveMembership();
  const canWrite = useHasPermission('readings:write');
  const own =
    membership?.organisation.kind === 'enterprise'
      ? { id: membership.organisation.id, name: pickOrganisationName(membership.organisation, locale) }
      : undefined;
  const [picked, setPicked] = useState<{ id: string; name: string } | undefined>(undefined);
  const enterprise = own ?? picked;
  const [target, setTarget] = useState<SeriesTarget | undefined>(undefined);
  const sites = useOrganisationSites(enterprise?.id ?? '', Boolean(enterprise));
  const points = usePoints(enterprise?.id);
  const tree = useMemo(
    () => (enterprise && sites.data && points.data ? buildPointTree(enterprise, sites.data.items, points.data) : undefined),
    [enterprise, sites.data, points.data],
  );
  const selected = target ?? (enterprise ? { kind: 'enterprise' as const, id: enterprise.id } : undefined);
  const selectedNode = tree && selected ? findNode(tree, targetKey(selected)) : undefined;

  return (
    <Flex vertical gap={16} data-testid="page-meter-data">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t('meterData.points')} size="small">
            <Flex vertical gap={12}>
              <EnterprisePicker
                fixed={own}
                value={enterprise?.id}
                onChange={(id, name) => {
                  setPicked({ id, name });
                  setTarget(undefined);
                }}
              />
              {(sites.error ?? points.error) && <ApiErrorAlert error={sites.error ?? points.error} />}
              {enterprise && !tree && !sites.error && !points.error && <Spin />}
              {tree && selected && (
                <PointTree tree={tree} selected={targetKey(selected)} onSelect={setTarget} emptyText={t('meterData.noPoints')} />
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          {selected && selectedNode ? (
            <SeriesPanel target={selected} title={selectedNode.title} scopePoints={collectPoints(selectedNode)} />
          ) : (
            <Card>
              <Typography.Text type="secondary">{t('meterData.pickEnterprise')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
      {enterprise && (
        <Card size="small">
          <Tabs
            destroyOnHidden
            items={[
              { key: 'batches', label: t('meterData.tab.batches'), children: <BatchTable enterpriseId={enterprise.id} /> },
              {
                key: 'quarantine',
                label: <span data-testid="tab-quarantine">{t('meterData.tab.quarantine')}</span>,
                children: <QuarantinePanel enterpriseId={enterprise.id} canWrite={canWrite} />,
              },
              ...(canWrite
                ? [
                    {
                      key: 'upload',
                      label: <span data-testid="tab-upload">{t('meterData.tab.upload')}</span>,
                      children: <FileImportPanel enterpriseId={enterprise.id} />,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
    </Flex>
  );
};
