import { ArrowLeftOutlined, FlagOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiErrorAlert } from '../modules/api/components/ApiErrorAlert.tsx';
import { isApiError } from '../modules/api/utils/isApiError.ts';
import { useHasPermission } from '../modules/auth/hooks/useHasPermission.ts';
import { useLocale } from '../modules/i18n/hooks/useLocale.ts';
import { OrganisationDetails } from '../modules/organisations/components/OrganisationDetails.tsx';
import { SiteTree } from '../modules/organisations/components/SiteTree.tsx';
import { useOrganisation } from '../modules/organisations/hooks/useOrganisation.ts';
import { useOrganisationSites } from '../modules/organisations/hooks/useOrganisationSites.ts';
import { pickOrganisationName } from '../modules/organisations/utils/pickOrganisationName.ts';
import { ForbiddenResult } from '../modules/status/components/ForbiddenResult.tsx';
import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

export const OrganisationDetailPage = () => {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  // Back to the list as it was (filters, page); to the plain list when the page was opened directly.
  const location = useLocation();
  const { t, locale } = useLocale();
  const organisation = useOrganisation(id);
  const canReadSites = useHasPermission('sites:read');
  const canReadInstitutions = useHasPermission('institutions:read');
  const sites = useOrganisationSites(id, canReadSites && organisation.data?.kind === 'enterprise');

  if (isApiError(organisation.error, 'NOT_FOUND')) return <NotFoundResult />;
  if (isApiError(organisation.error, 'FORBIDDEN')) return <ForbiddenResult />;

  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      onClick={() => void (location.key === 'default' ? navigate('/organisations') : navigate(-1))}
    >
      {t('action.back')}
    </Button>
  );

  return (
    <Flex vertical gap={16} data-testid="page-organisation-detail">
      <Card
        title={
          <Flex align="center" gap={8}>
            {back}
            <Typography.Text strong>
              {organisation.data ? pickOrganisationName(organisation.data, locale) : t('nav.organisations')}
            </Typography.Text>
          </Flex>
        }
        loading={organisation.isPending}
        extra={
          organisation.data?.kind === 'institution' &&
          canReadInstitutions && (
            <Link to={`/institutions/${organisation.data.id}`} data-testid="organisation-institution-link">
              <Button icon={<FlagOutlined />}>{t('organisations.lifecycle')}</Button>
            </Link>
          )
        }
      >
        {organisation.error && <ApiErrorAlert error={organisation.error} />}
        {organisation.data && <OrganisationDetails organisation={organisation.data} />}
      </Card>
      {organisation.data?.kind === 'enterprise' && canReadSites && (
        <Card title={t('sites.title')} loading={sites.isPending}>
          {sites.error && <ApiErrorAlert error={sites.error} />}
          {sites.data && <SiteTree sites={sites.data.items} />}
          {sites.data && sites.data.total > sites.data.items.length && (
            <Typography.Text type="secondary">
              {t('sites.truncated', { shown: sites.data.items.length, total: sites.data.total })}
            </Typography.Text>
          )}
        </Card>
      )}
    </Flex>
  );
};
