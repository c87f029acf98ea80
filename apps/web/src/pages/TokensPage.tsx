import { PlusOutlined } from '@ant-design/icons';
import type { ApiToken } from '@jiliang/shared';
import { App, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { useShowApiError } from '../modules/api/hooks/useShowApiError.ts';
import { useActiveMembership } from '../modules/auth/hooks/useActiveMembership.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { OrganisationSelect } from '../modules/organisations/components/OrganisationSelect.tsx';
import { CreateTokenModal } from '../modules/tokens/components/CreateTokenModal.tsx';
import { TokenSecretModal } from '../modules/tokens/components/TokenSecretModal.tsx';
import { TokenTable } from '../modules/tokens/components/TokenTable.tsx';
import { useRevokeToken } from '../modules/tokens/hooks/useRevokeToken.ts';
import { useTokens } from '../modules/tokens/hooks/useTokens.ts';
import type { CreatedToken } from '../modules/tokens/hooks/useCreateToken.ts';

export const TokensPage = () => {
  const { t } = useLocale();
  const { message } = App.useApp();
  const showApiError = useShowApiError();
  const active = useActiveMembership();
  const [searchParams, setSearchParams] = useSearchParams();
  // Tokens belong to an organisation: the list opens on the one the person acts for.
  const organisationId = searchParams.get('organisationId') ?? active?.organisation.id;
  const tokens = useTokens(organisationId);
  const revokeToken = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | undefined>();

  const handleRevoke = (token: ApiToken) => {
    revokeToken.mutate(token.id, {
      onSuccess: () => void message.success(t('tokens.revokedMessage', { name: token.name })),
      onError: showApiError,
    });
  };

  return (
    <Card
      title={t('nav.tokens')}
      data-testid="page-tokens"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => {
            setCreating(true);
          }}
          data-testid="create-token"
        >
          {t('tokens.create')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <OrganisationSelect
          value={organisationId}
          onChange={(next) => {
            setSearchParams(next ? { organisationId: next } : {});
          }}
          placeholder={t('tokens.filterOrganisation')}
          style={{ width: 320 }}
        />
        {tokens.error && <ApiErrorAlert error={tokens.error} />}
        <TokenTable
          tokens={tokens.data?.items ?? []}
          loading={tokens.isFetching}
          revokingId={revokeToken.isPending ? revokeToken.variables : undefined}
          onRevoke={handleRevoke}
        />
      </Flex>
      {creating && (
        <CreateTokenModal
          organisationId={organisationId}
          onClose={() => {
            setCreating(false);
          }}
          onCreated={(next) => {
            setCreating(false);
            setCreated(next);
          }}
        />
      )}
      {created && (
        <TokenSecretModal
          created={created}
          onClose={() => {
            setCreated(undefined);
          }}
        />
      )}
    </Card>
  );
};
