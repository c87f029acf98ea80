import { PaperClipOutlined } from '@ant-design/icons';
import type { Certificate } from '@jiliang/shared';
import { Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { CertificateResultsTable } from './CertificateResultsTable.tsx';

const CONCLUSION_COLORS: Record<Certificate['conclusion'], string> = { pass: 'green', fail: 'red', limited: 'orange', calibrated: 'blue' };

export type CertificateTableProps = {
  certificates: readonly Certificate[];
  loading: boolean;
  /** Present when the person may revoke. */
  onRevoke?: ((certificate: Certificate) => void) | undefined;
};

/** The certificate history (issue 4 §2): dates, conclusion, the standards used and attachments; results unfold per row. */
export const CertificateTable = ({ certificates, loading, onRevoke }: CertificateTableProps) => {
  const { t } = useLocale();
  const columns: ColumnsType<Certificate> = [
    {
      key: 'number',
      title: t('certificates.number'),
      render: (_, certificate) => (
        <Flex vertical gap={2}>
          <Typography.Text strong delete={certificate.revokedOn !== null}>
            {certificate.number}
          </Typography.Text>
          {certificate.revokedOn && (
            <Tag color="red" title={certificate.revokedReason ?? undefined} data-testid="certificate-revoked">
              {t('certificates.revoked', { date: certificate.revokedOn })}
            </Tag>
          )}
        </Flex>
      ),
    },
    { key: 'kind', title: t('certificates.kind'), render: (_, certificate) => t(`certificateKind.${certificate.kind}`) },
    { key: 'laboratory', title: t('certificates.laboratory'), dataIndex: 'laboratoryName', ellipsis: true },
    { key: 'calibratedOn', title: t('certificates.calibratedOn'), dataIndex: 'calibratedOn' },
    {
      key: 'validUntil',
      title: t('certificates.validUntil'),
      render: (_, certificate) =>
        certificate.validUntil ??
        (certificate.effectiveValidUntil ? (
          <Typography.Text type="secondary">
            {t('certificates.effectiveValidUntil', { date: certificate.effectiveValidUntil })}
          </Typography.Text>
        ) : (
          '—'
        )),
    },
    {
      key: 'conclusion',
      title: t('certificates.conclusion'),
      render: (_, certificate) => (
        <Tag color={CONCLUSION_COLORS[certificate.conclusion]}>{t(`certificateConclusion.${certificate.conclusion}`)}</Tag>
      ),
    },
    {
      key: 'references',
      title: t('certificates.references'),
      render: (_, certificate) =>
        certificate.referenceStandards.length === 0 ? (
          '—'
        ) : (
          <Flex vertical gap={2}>
            {certificate.referenceStandards.map((standard) => (
              <Link key={standard.id} to={`/standards/${standard.id}`}>
                {standard.name}（{standard.code}）
              </Link>
            ))}
          </Flex>
        ),
    },
    {
      key: 'attachments',
      title: t('certificates.attachments'),
      render: (_, certificate) =>
        certificate.attachments.length === 0
          ? '—'
          : certificate.attachments.map((attachment) => (
              <a
                key={attachment.id}
                href={`/api/certificates/${certificate.id}/attachments/${attachment.id}`}
                download={attachment.filename}
                data-testid="certificate-attachment"
              >
                <PaperClipOutlined /> {attachment.filename}
              </a>
            )),
    },
    { key: 'source', title: t('certificates.source'), render: (_, certificate) => t(`certificates.source.${certificate.source}`) },
    ...(onRevoke
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, certificate: Certificate) =>
              certificate.revokedOn === null && (
                <Button
                  size="small"
                  danger
                  data-testid="certificate-revoke"
                  onClick={() => {
                    onRevoke(certificate);
                  }}
                >
                  {t('certificates.revoke')}
                </Button>
              ),
          },
        ]
      : []),
  ];
  if (!loading && certificates.length === 0) return <Empty description={t('certificates.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<Certificate>
      data-testid="certificate-table"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...certificates]}
      loading={loading}
      pagination={certificates.length > 10 ? { pageSize: 10 } : false}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (certificate) => certificate.results.length > 0,
        expandedRowRender: (certificate) => <CertificateResultsTable results={certificate.results} />,
      }}
    />
  );
};
