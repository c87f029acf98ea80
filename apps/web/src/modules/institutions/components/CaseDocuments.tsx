import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Empty, List, Space, Typography } from 'antd';
import { useLocale } from '../../i18n/hooks/useLocale.ts';
import { formatShanghaiTime } from '../../time/utils/formatShanghaiTime.ts';
import type { CaseDocument } from '../utils/CaseDocument.ts';
import { findDocumentKindKey } from '../utils/findDocumentKindKey.ts';

/** The case's documents (approval document, task book, …), each as DOCX and PDF. */
export const CaseDocuments = ({ organisationId, documents }: { organisationId: string; documents: readonly CaseDocument[] }) => {
  const { t } = useLocale();
  if (documents.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('institution.documentsEmpty')} />;
  const base = `/api/institutions/${encodeURIComponent(organisationId)}/case/documents`;
  return (
    <List
      size="small"
      data-testid="case-documents"
      dataSource={[...documents]}
      renderItem={(document) => {
        const kindKey = findDocumentKindKey(document.kind);
        return (
          <List.Item
            key={document.id}
            actions={[
              <Button key="docx" size="small" icon={<FileWordOutlined />} href={`${base}/${encodeURIComponent(document.id)}.docx`} download>
                DOCX
              </Button>,
              <Button key="pdf" size="small" icon={<FilePdfOutlined />} href={`${base}/${encodeURIComponent(document.id)}.pdf`} download>
                PDF
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={document.title}
              description={
                <Space size={8} wrap>
                  {kindKey && <span>{t(kindKey)}</span>}
                  {document.docNumber && <Typography.Text code>{document.docNumber}</Typography.Text>}
                  <span>{formatShanghaiTime(document.createdAt)}</span>
                </Space>
              }
            />
          </List.Item>
        );
      }}
    />
  );
};
