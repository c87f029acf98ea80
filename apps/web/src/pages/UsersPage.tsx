import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@jiliang/shared';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { usePageParams } from '../modules/common/hooks/usePageParams.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { OrganisationSelect } from '../modules/organisations/components/OrganisationSelect.tsx';
import { CreateUserModal } from '../modules/users/components/CreateUserModal.tsx';
import { ResetPasswordModal } from '../modules/users/components/ResetPasswordModal.tsx';
import { UserTable } from '../modules/users/components/UserTable.tsx';
import { useUsers } from '../modules/users/hooks/useUsers.ts';

export const UsersPage = () => {
  const { t } = useLocale();
  const { page, pageSize, readParam, setPage, setParam } = usePageParams();
  const organisationId = readParam('organisationId');
  const users = useUsers({ organisationId, page, pageSize });
  const canWrite = useHasPermission('users:write');
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | undefined>();

  return (
    <Card
      title={t('nav.users')}
      data-testid="page-users"
      extra={
        canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setCreating(true);
            }}
            data-testid="create-user"
          >
            {t('users.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <OrganisationSelect
          value={organisationId}
          onChange={(next) => {
            setParam('organisationId', next);
          }}
          allowClear
          placeholder={t('users.filterOrganisation')}
          style={{ width: 320 }}
        />
        {users.error && <ApiErrorAlert error={users.error} />}
        <UserTable
          data={users.data}
          loading={users.isFetching}
          page={page}
          pageSize={pageSize}
          onPageChange={setPage}
          onResetPassword={canWrite ? setResetting : undefined}
        />
      </Flex>
      {creating && (
        <CreateUserModal
          onClose={() => {
            setCreating(false);
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onClose={() => {
            setResetting(undefined);
          }}
        />
      )}
    </Card>
  );
};
