import { CARBON_SUBJECT_LABELS, SOURCE_KIND_LABELS, type EnterpriseSource } from '@jiliang/shared';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useShowApiError } from '../../api/hooks/useShowApiError.ts';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { useSetSourceActive } from '../hooks/useSetSourceActive.ts';
import { formatBinding } from '../utils/formatBinding.ts';
import { SOURCE_PARAMETER_LABELS } from '../utils/sourceParameterLabels.ts';
import { ActivityEntriesPanel } from './ActivityEntriesPanel.tsx';

type Props = { sources: readonly EnterpriseSource[]; loading: boolean; canWrite: boolean };

/**
 * 排放源 (issue 7 §2): an enterprise's sources in the GB/T 32150 structure, with where their activity comes from (a
 * metered point, or manual entries) and their parameters; each row opens its activity entries. Retired sources stay
 * listed: runs that used them keep pointing at them.
 */
export const SourceTable = ({ sources, loading, canWrite }: Props) => {
  const { t, pick } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const setActive = useSetSourceActive();
  const toggle = (source: EnterpriseSource) => {
    setActive.mutate(
      { id: source.id, active: !source.active },
      {
        onSuccess: (next) => void message.success(`${next.code} · ${next.active ? t('carbon.active') : t('carbon.retired')}`),
        onError: showApiError,
      },
    );
  };
  return (
    <Table<EnterpriseSource>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...sources]}
      pagination={false}
      locale={{ emptyText: t('carbon.noSources') }}
      data-testid="source-table"
      scroll={{ x: 1000 }}
      expandable={{ expandedRowRender: (source) => <ActivityEntriesPanel source={source} canWrite={canWrite} /> }}
      columns={[
        {
          title: t('carbon.source'),
          key: 'source',
          width: 140,
          render: (_, source) => (
            <Flex vertical>
              <Typography.Text strong>{source.code}</Typography.Text>
              <Typography.Text>{source.name}</Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('carbon.kindSubject'),
          key: 'kind',
          width: 140,
          render: (_, source) => (
            <Flex vertical>
              <Typography.Text>{pick(SOURCE_KIND_LABELS[source.kind])}</Typography.Text>
              <Typography.Text type="secondary">
                {CARBON_SUBJECT_LABELS[source.subject] ? pick(CARBON_SUBJECT_LABELS[source.subject]!) : source.subject}
              </Typography.Text>
            </Flex>
          ),
        },
        { title: t('carbon.site'), key: 'site', width: 120, render: (_, source) => source.siteName ?? '—' },
        {
          title: t('carbon.activitySource'),
          key: 'activity',
          width: 130,
          render: (_, source) => (
            <Flex vertical align="start" gap={2}>
              {source.pointCode ? (
                <Tag color="green">{t('carbon.point', { code: source.pointCode })}</Tag>
              ) : (
                <Tag color="orange">{t('carbon.manual')}</Tag>
              )}
              <Typography.Text type="secondary">{source.activityUnit}</Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('carbon.parameters'),
          key: 'parameters',
          render: (_, source) => {
            const entries = Object.entries(source.parameters);
            if (entries.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
            return (
              <Flex vertical>
                {entries.map(([name, binding]) => {
                  const label = SOURCE_PARAMETER_LABELS[name];
                  return (
                    <Typography.Text key={name}>
                      <Typography.Text type="secondary">{`${label ? pick(label) : name}: `}</Typography.Text>
                      {'factor' in binding ? <Typography.Text code>{formatBinding(binding)}</Typography.Text> : formatBinding(binding)}
                    </Typography.Text>
                  );
                })}
              </Flex>
            );
          },
        },
        {
          title: t('carbon.status'),
          key: 'status',
          width: 80,
          render: (_, source) => (source.active ? <Tag color="green">{t('carbon.active')}</Tag> : <Tag>{t('carbon.retired')}</Tag>),
        },
        ...(canWrite
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 80,
                render: (_: unknown, source: EnterpriseSource) => (
                  <Popconfirm
                    title={source.active ? t('carbon.retire') : t('carbon.reinstate')}
                    description={source.active ? t('carbon.retireHint') : undefined}
                    okText={source.active ? t('carbon.retire') : t('carbon.reinstate')}
                    cancelText={t('action.cancel')}
                    onConfirm={() => {
                      toggle(source);
                    }}
                  >
                    <Button size="small" type="link" data-testid={`source-toggle-${source.code}`}>
                      {source.active ? t('carbon.retire') : t('carbon.reinstate')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]
          : []),
      ]}
    />
  );
};
