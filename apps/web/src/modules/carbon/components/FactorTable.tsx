import { FACTOR_REGION_LABELS, type EmissionFactor } from '@jiliang/shared';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatFactorSource } from '../utils/formatFactorSource.ts';
import { formatPercent } from '../utils/formatPercent.ts';
import { ConfirmationTag } from './ConfirmationTag.tsx';

type Props = {
  factors: readonly EmissionFactor[];
  loading: boolean;
  onHistory: (code: string) => void;
  /** Given to people with factors:write: the 新版本 action of a row. */
  onNewVersion?: ((factor: EmissionFactor) => void) | undefined;
};

/**
 * 排放因子库 (issue 7 §1): each version with its code and name, region, value and unit, uRel, source (document /
 * edition / table / row), confirmation tag, effective dates and version; a superseded version is marked, never hidden
 * or edited. The code opens the version history.
 */
export const FactorTable = ({ factors, loading, onHistory, onNewVersion }: Props) => {
  const { t, pick } = useLocale();
  return (
    <Table<EmissionFactor>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...factors]}
      pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true }}
      data-testid="factor-table"
      tableLayout="fixed"
      scroll={{ x: 1040 }}
      columns={[
        {
          title: t('carbon.codeName'),
          key: 'code',
          width: 200,
          render: (_, f) => (
            <Flex vertical align="start">
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => onHistory(f.code)}
                data-testid={`factor-history-${f.code}`}
              >
                {f.code}
              </Button>
              <Typography.Text>{f.name}</Typography.Text>
            </Flex>
          ),
        },
        { title: t('carbon.region'), key: 'region', width: 100, render: (_, f) => pick(FACTOR_REGION_LABELS[f.region]) },
        {
          title: t('carbon.factorValue'),
          key: 'value',
          width: 130,
          align: 'right',
          render: (_, f) => (
            <Flex vertical align="end">
              <Typography.Text>{String(f.value)}</Typography.Text>
              <Typography.Text type="secondary">{f.unit}</Typography.Text>
            </Flex>
          ),
        },
        { title: t('carbon.uRel'), key: 'uRel', width: 80, align: 'right', render: (_, f) => formatPercent(f.uRel, 2) },
        {
          title: t('carbon.factorSource'),
          key: 'source',
          render: (_, f) => (
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: formatFactorSource(f) }} style={{ marginBottom: 0 }}>
              {formatFactorSource(f)}
            </Typography.Paragraph>
          ),
        },
        {
          title: t('carbon.confirmation'),
          key: 'confirmation',
          width: 110,
          render: (_, f) => <ConfirmationTag confirmation={f.confirmation} />,
        },
        {
          title: t('carbon.effectiveVersion'),
          key: 'effective',
          width: 180,
          render: (_, f) => (
            <Flex vertical gap={2}>
              <Typography.Text>{`${f.effectiveFrom} ~ ${f.effectiveTo ?? t('carbon.openEnded')}`}</Typography.Text>
              <Flex gap={4} align="center">
                <Typography.Text type="secondary">{`v${String(f.version)}`}</Typography.Text>
                {f.superseded ? <Tag>{t('carbon.supersededVersion')}</Tag> : <Tag color="green">{t('carbon.currentVersion')}</Tag>}
              </Flex>
            </Flex>
          ),
        },
        ...(onNewVersion
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 80,
                render: (_: unknown, f: EmissionFactor) =>
                  f.superseded ? null : (
                    <Button size="small" type="link" onClick={() => onNewVersion(f)} data-testid={`factor-new-version-${f.code}`}>
                      {t('carbon.newVersion')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
};
