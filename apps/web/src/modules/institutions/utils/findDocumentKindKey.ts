import type { MessageKey } from '../../i18n/utils/messages.ts';

const DOCUMENT_KIND_KEYS: Partial<Record<string, MessageKey>> = {
  approval_document: 'institution.document.approval_document',
  preparation_task_book: 'institution.document.preparation_task_book',
  assessment_report: 'institution.document.assessment_report',
  rectification_notice: 'institution.document.rectification_notice',
  establishment_notice: 'institution.document.establishment_notice',
};

/** The name of a document kind (批准筹建文件, 筹建任务书, …); undefined for one this build does not know. */
export const findDocumentKindKey = (kind: string): MessageKey | undefined => DOCUMENT_KIND_KEYS[kind];
