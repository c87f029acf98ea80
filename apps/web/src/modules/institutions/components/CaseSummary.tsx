import type { InstitutionCase } from '@jiliang/shared';
import { Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { readShanghaiToday } from '../utils/readShanghaiToday.ts';
import { DueKindText } from './DueKindText.tsx';
import { DueTag } from './DueTag.tsx';
import { StateTag } from './StateTag.tsx';

/** The head of the institution page: type, stage, priority and routing, certificate and dates. */
export const CaseSummary = ({ caseView }: { caseView: InstitutionCase }) => {
  const { t } = useLocale();
  const today = readShanghaiToday();
  const items = [
    { key: 'type', label: t('institutions.type'), children: t(`institutionType.${caseView.institutionType}`) },
    {
      key: 'state',
      label: t('institutions.state'),
      children: (
        <Space size={4} wrap>
          <StateTag state={caseView.state} label={caseView.stateLabel} data-testid="institution-state" />
          {caseView.isPriority && (
            <Tag color="gold" data-testid="institution-priority">
              {t('institution.priority')}
            </Tag>
          )}
          {caseView.isDirectApplicant && <Tag color="purple">{t('institution.directApplicant')}</Tag>}
        </Space>
      ),
    },
    ...(caseView.certificateNumber
      ? [
          {
            key: 'certificate',
            label: t('institution.certificateNumber'),
            children: <span data-testid="institution-certificate">{caseView.certificateNumber}</span>,
          },
        ]
      : []),
    ...(caseView.establishedOn ? [{ key: 'establishedOn', label: t('institution.establishedOn'), children: caseView.establishedOn }] : []),
    { key: 'deadline', label: t('institution.preparationDeadline'), children: caseView.preparationDeadline ?? '—' },
    {
      key: 'nextDue',
      label: t('institutions.nextDue'),
      children: caseView.nextDueOn ? (
        <Space size={4} wrap>
          <DueKindText kind={caseView.nextDueKind} />
          <span>{caseView.nextDueOn}</span>
          <DueTag dueOn={caseView.nextDueOn} today={today} />
        </Space>
      ) : (
        '—'
      ),
    },
    {
      key: 'coBuilders',
      label: t('institution.coBuilders'),
      children: caseView.coBuilderIds.length > 0 ? t('institution.coBuildersCount', { count: caseView.coBuilderIds.length }) : '—',
    },
    {
      key: 'organisation',
      label: t('institution.organisationDetails'),
      children: <Link to={`/organisations/${caseView.organisationId}`}>{caseView.organisationName}</Link>,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="institution-summary" />;
};
