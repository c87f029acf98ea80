import type { MeasurementStandard } from '@jiliang/shared';
import { Descriptions } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { StandardLevelTag } from './StandardLevelTag.tsx';

export const StandardDetails = ({ standard }: { standard: MeasurementStandard }) => {
  const { t } = useLocale();
  const dash = (value: string | number | null) => (value === null ? '—' : value);
  return (
    <Descriptions
      data-testid="standard-details"
      size="small"
      bordered
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'code', label: t('standards.code'), children: standard.code },
        { key: 'level', label: t('standards.level'), children: <StandardLevelTag level={standard.level} /> },
        { key: 'owner', label: t('standards.owner'), children: standard.ownerName },
        { key: 'measurand', label: t('standards.measurand'), children: standard.measurand },
        { key: 'range', label: t('standards.range'), children: dash(standard.rangeText) },
        { key: 'uncertainty', label: t('standards.uncertainty'), children: dash(standard.uncertaintyText) },
        {
          key: 'mpe',
          label: t('standards.mpePercent'),
          children: standard.mpeRelative === null ? '—' : `±${Number((standard.mpeRelative * 100).toPrecision(10))} %`,
        },
        { key: 'interval', label: t('standards.intervalMonths'), children: dash(standard.intervalMonths) },
        { key: 'status', label: t('standards.status'), children: t(`standardStatus.${standard.status}`) },
        { key: 'certificate', label: t('standards.latestCertificate'), children: dash(standard.latestCertificateNumber) },
        { key: 'due', label: t('standards.dueDate'), children: dash(standard.dueDate) },
      ]}
    />
  );
};
