import type { Kysely } from 'kysely';
import { AppError } from '@jiliang/shared';
import type { Database } from '../../store/database.ts';
import type { CaseRow } from './institution.repository.ts';

/**
 * Reading the documents a case's steps issued (part of the institution service,
 * institution.service.ts); case-documents.service.ts builds and stores them.
 */
export const createCaseDocumentFilesService = ({
  db,
  getCaseRow,
}: {
  db: Kysely<Database>;
  getCaseRow: (organisationId: string) => Promise<CaseRow>;
}) => {
  const listDocuments = async (organisationId: string) => {
    const row = await getCaseRow(organisationId);
    const docs = await db
      .selectFrom('institutionDocuments')
      .select(['id', 'kind', 'docNumber', 'title', 'eventSeq', 'createdAt'])
      .where('caseId', '=', row.id)
      .orderBy('createdAt')
      .orderBy('docNumber')
      .execute();
    return docs.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() }));
  };

  const getDocumentFile = async (organisationId: string, documentId: string, format: 'docx' | 'pdf') => {
    const row = await getCaseRow(organisationId);
    const doc = await db
      .selectFrom('institutionDocuments')
      .select(['docNumber', 'title', format])
      .where('caseId', '=', row.id)
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!doc) throw new AppError('NOT_FOUND', `文件 ${documentId} 不存在 (document not found)`, { documentId });
    return {
      fileName: `${doc.docNumber} ${doc.title}.${format}`,
      content: Buffer.from((doc as unknown as Record<string, Uint8Array>)[format] as Uint8Array) /* PGlite gives Uint8Array, pg a Buffer */,
    };
  };

  return { listDocuments, getDocumentFile };
};
