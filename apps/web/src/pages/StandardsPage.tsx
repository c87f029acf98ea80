import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CapabilityPanel } from '../modules/instruments/components/CapabilityPanel.tsx';
import { CreateStandardModal } from '../modules/instruments/components/CreateStandardModal.tsx';
import { StandardTable } from '../modules/instruments/components/StandardTable.tsx';
import { useRegisterOwner } from '../modules/instruments/hooks/useRegisterOwner.ts';
import { useStandards } from '../modules/instruments/hooks/useStandards.ts';
import { OwnerSelect } from '../modules/instruments/components/OwnerSelect.tsx';

const TABS = ['standards', 'capabilities'] as const;
type Tab = (typeof TABS)[number];

/** 计量标准 (issue 4 §3–5): every standard up to the national primary ones, and the capabilities of a centre or laboratory. */
export const StandardsPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const canWrite = useHasPermission('instruments:write');
  const tab: Tab = TABS.find((candidate) => candidate === searchParams.get('tab')) ?? 'standards';
  const ownerId = searchParams.get('ownerId') ?? undefined;
  const q = searchParams.get('q') ?? undefined;
  const own = useRegisterOwner(undefined).ownerId;
  const capabilityOrg = searchParams.get('org') ?? own;
  const standards = useStandards({ ownerId, q });
  const [creating, setCreating] = useState(false);

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearchParams(next, { replace: true });
  };

  const standardsTab = (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <OwnerSelect
          value={ownerId}
          allowClear
          placeholder={t('register.filterOwner')}
          style={{ width: 280 }}
          onChange={(value) => {
            setParam('ownerId', value);
          }}
        />
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          allowClear
          placeholder={t('standards.search')}
          style={{ width: 280 }}
          data-testid="standard-search"
          onSearch={(value) => {
            setParam('q', value.trim() || undefined);
          }}
        />
      </Flex>
      {standards.error && <ApiErrorAlert error={standards.error} />}
      <StandardTable standards={standards.data?.items ?? []} loading={standards.isFetching} />
    </Flex>
  );

  return (
    <Card
      title={t('nav.standards')}
      data-testid="page-standards"
      extra={
        canWrite &&
        tab === 'standards' && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create-standard"
            onClick={() => {
              setCreating(true);
            }}
          >
            {t('standards.create')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          setParam('tab', key === 'standards' ? undefined : key);
        }}
        items={[
          { key: 'standards', label: t('standards.tab'), children: standardsTab },
          {
            key: 'capabilities',
            label: <span data-testid="tab-capabilities">{t('standards.capabilitiesTab')}</span>,
            children: (
              <CapabilityPanel
                organisationId={capabilityOrg}
                onOrganisationChange={(id) => {
                  setParam('org', id);
                }}
              />
            ),
          },
        ]}
      />
      {creating && (
        <CreateStandardModal
          ownerId={own}
          onClose={() => {
            setCreating(false);
          }}
          onCreated={(standard) => {
            setCreating(false);
            void navigate(`/standards/${standard.id}`);
          }}
        />
      )}
    </Card>
  );
};
