import type { Instrument } from '@jiliang/shared';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import { DueStateTag } from './DueStateTag.tsx';
import { InstrumentStatusTag } from './InstrumentStatusTag.tsx';

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

/** Every field of the register entry (issue 4 §1), as the register sheet names them. */
export const InstrumentDetails = ({ instrument }: { instrument: Instrument }) => {
  const { t } = useLocale();
  const range =
    instrument.rangeMin !== null || instrument.rangeMax !== null
      ? `${dash(instrument.rangeMin)} ~ ${dash(instrument.rangeMax)} ${instrument.rangeUnit ?? ''}`.trim()
      : '—';
  const items = [
    { key: 'code', label: t('instrument.code'), children: instrument.code },
    {
      key: 'owner',
      label: t('instrument.owner'),
      children: <Link to={`/organisations/${instrument.ownerId}`}>{instrument.ownerName}</Link>,
    },
    { key: 'type', label: t('instrument.type'), children: t(`instrumentType.${instrument.instrumentType}`) },
    { key: 'medium', label: t('instrument.medium'), children: t(`medium.${instrument.medium}`) },
    { key: 'level', label: t('instrument.gb17167Level'), children: t(`gb17167Level.${instrument.gb17167Level}`) },
    { key: 'maker', label: t('instrument.maker'), children: dash(instrument.maker) },
    { key: 'model', label: t('instrument.model'), children: dash(instrument.model) },
    { key: 'serialNumber', label: t('instrument.serialNumber'), children: dash(instrument.serialNumber) },
    { key: 'accuracyClass', label: t('instrument.accuracyClass'), children: dash(instrument.accuracyClass) },
    {
      key: 'mpe',
      label: t('instrument.mpePercent'),
      children: instrument.mpeRelative === null ? '—' : `±${Number((instrument.mpeRelative * 100).toPrecision(10))} %`,
    },
    { key: 'range', label: t('instrument.range'), children: range },
    { key: 'unit', label: t('instrument.rangeUnit'), children: dash(instrument.rangeUnit) },
    {
      key: 'ratios',
      label: `${t('instrument.ctRatio')} / ${t('instrument.ptRatio')}`,
      children: `${dash(instrument.ctRatio)} / ${dash(instrument.ptRatio)}`,
    },
    { key: 'site', label: t('instrument.site'), children: dash(instrument.siteName) },
    { key: 'equipment', label: t('instrument.equipment'), children: dash(instrument.equipment) },
    { key: 'location', label: t('instrument.location'), children: dash(instrument.location) },
    {
      key: 'mandatory',
      label: t('instrument.mandatoryVerification'),
      children: instrument.mandatoryVerification ? t('instrument.yes') : t('instrument.no'),
    },
    { key: 'interval', label: t('instrument.intervalMonths'), children: dash(instrument.intervalMonths) },
    {
      key: 'status',
      label: t('instrument.status'),
      children: (
        <>
          <InstrumentStatusTag status={instrument.status} /> {formatShanghaiTime(instrument.statusSince)}
        </>
      ),
    },
    { key: 'certificate', label: t('instrument.latestCertificate'), children: dash(instrument.latestCertificateNumber) },
    {
      key: 'due',
      label: t('instrument.dueDate'),
      children: (
        <>
          {dash(instrument.dueDate)} <DueStateTag state={instrument.dueState} />
        </>
      ),
    },
  ];
  return <Descriptions data-testid="instrument-details" size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
};
