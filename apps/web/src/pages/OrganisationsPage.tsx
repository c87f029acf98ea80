import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { CreateOrganisationModal } from '../modules/organisations/components/CreateOrganisationModal.tsx';
import { OrganisationFilters } from '../modules/organisations/components/OrganisationFilters.tsx';
import { OrganisationTable } from '../modules/organisations/components/OrganisationTable.tsx';
import { useOrganisations } from '../modules/organisations/hooks/useOrganisations.ts';
import { readOrganisationKind } from '../modules/organisations/utils/readOrganisationKind.ts';

export const OrganisationsPage = () => {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { page, pageSize, readParam, setPage, setParam } = usePageParams();
  const kind = readOrganisationKind(readParam('kind') ?? null);
  const q = readParam('q');
  const organisations = useOrganisations({ kind, q, page, pageSize });
  // Only the province creates organisations (ROLE_PERMISSIONS: organisations:write is province_admin's).
  const canCreate = useHasPermission('organisations:write');
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title={t('nav.organisations')}
      data-testid="page-organisations"
      extra={
        canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setCreating(true);
            }}
            data-testid="create-organisation"
          >
            {t('organisations.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <OrganisationFilters
          kind={kind}
          q={q}
          onChange={(filter) => {
            if ('kind' in filter) setParam('kind', filter.kind);
            if ('q' in filter) setParam('q', filter.q);
          }}
        />
        {organisations.error && <ApiErrorAlert error={organisations.error} />}
        <OrganisationTable
          data={organisations.data}
          loading={organisations.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
        />
      </Flex>
      {creating && (
        <CreateOrganisationModal
          onClose={() => {
            setCreating(false);
          }}
          onCreated={(organisation) => {
            setCreating(false);
            void navigate(`/organisations/${organisation.id}`);
          }}
        />
      )}
    </Card>
  );
};
