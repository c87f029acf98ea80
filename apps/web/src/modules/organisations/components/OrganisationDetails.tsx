import { ORGANISATION_KIND_LABELS, type Organisation } from '@jiliang/shared';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { formatRegionName } from '../utils/formatRegionName.ts';

export const OrganisationDetails = ({ organisation }: { organisation: Organisation }) => {
  const { locale, t, pick } = useLocale();
  const items = [
    { key: 'name', label: t('organisations.name'), children: organisation.name },
    { key: 'nameEn', label: t('organisations.nameEn'), children: organisation.nameEn ?? '—' },
    { key: 'kind', label: t('organisations.kind'), children: pick(ORGANISATION_KIND_LABELS[organisation.kind]) },
    {
      key: 'institutionType',
      label: t('organisations.institutionType'),
      children: organisation.institutionType ? t(`institutionType.${organisation.institutionType}`) : '—',
    },
    { key: 'creditCode', label: t('organisations.creditCode'), children: <code>{organisation.creditCode ?? '—'}</code> },
    { key: 'divisionCode', label: t('organisations.divisionCode'), children: organisation.divisionCode ?? '—' },
    { key: 'region', label: t('organisations.region'), children: formatRegionName(organisation.regionCode, locale) },
    { key: 'industry', label: t('organisations.industry'), children: organisation.industry ?? '—' },
    {
      key: 'parent',
      label: t('organisations.parent'),
      children: organisation.parentId ? <Link to={`/organisations/${organisation.parentId}`}>{t('organisations.viewParent')}</Link> : '—',
    },
    { key: 'createdAt', label: t('common.createdAt'), children: formatShanghaiTime(organisation.createdAt) },
  ];
  return <Descriptions bordered column={{ xs: 1, md: 2 }} items={items} data-testid="organisation-details" />;
};
