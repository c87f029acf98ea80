import type { Certificate } from '@jiliang/shared';
import { Table, Tag } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';

type Result = Certificate['results'][number];

const show = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value);

/** A certificate's results: value, correction, U and k (JJF 1059.1-2012 5.3: U = k·u_c), relative U in %. */
export const CertificateResultsTable = ({ results }: { results: readonly Result[] }) => {
  const { t } = useLocale();
  return (
    <Table<Result>
      size="small"
      rowKey={(_, index) => String(index)}
      dataSource={[...results]}
      pagination={false}
      columns={[
        { key: 'quantity', title: t('certificates.quantity'), dataIndex: 'quantity' },
        { key: 'nominal', title: t('certificates.nominalValue'), render: (_, result) => show(result.nominalValue) },
        { key: 'measured', title: t('certificates.measuredValue'), render: (_, result) => show(result.measuredValue) },
        { key: 'correction', title: t('certificates.correction'), render: (_, result) => show(result.correction) },
        {
          key: 'unit',
          title: t('certificates.unit'),
          render: (_, result) => (
            <>
              {result.unit} {!result.unitValid && <Tag color="orange">{t('certificates.unitInvalid')}</Tag>}
            </>
          ),
        },
        {
          key: 'U',
          title: t('certificates.expandedUncertainty'),
          render: (_, result) => `${result.expandedUncertainty}${result.uncertaintyRelative ? ' %' : ` ${result.unit}`}`,
        },
        { key: 'k', title: t('certificates.coverageFactor'), dataIndex: 'coverageFactor' },
      ]}
    />
  );
};
