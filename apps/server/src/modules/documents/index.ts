/** Official documents (GB/T 9704-2012) for the institution lifecycle: model, renderers and the five templates. */
export {
  addCalendarMonths,
  addCalendarYears,
  composeTitle,
  formatChineseDate,
  formatDocNumber,
  type BodyBlock,
  type CalendarDate,
  type DocNumber,
  type HeadingBlock,
  type ListBlock,
  type OfficialDocument,
  type ParagraphBlock,
  type TableBlock,
  type TableColumn,
} from './official-document.ts';
export { renderDocx, DOCX_FONTS } from './docx-renderer.ts';
export { renderPdf, type PdfRenderOptions } from './pdf-renderer.ts';
export { DEFAULT_PDF_FONT_DIR, PDF_FONTS } from './pdf-fonts.ts';
export { citeArticle, findArticle, getMeasuresProfile, type MeasuresProvision } from './measures-citation.ts';
export { HUBEI_PROVINCE_ISSUER, type DocumentIssue, type InstitutionParty } from './province-issuer.ts';
export { FULL_MARK, PASS_MARK, totalScores, type ScoreItem } from './assessment-scoring.ts';
export { buildApprovalDocument, type ApprovalDocumentInput } from './approval-document.template.ts';
export {
  buildPreparationTaskBook,
  type PreparationMilestone,
  type PreparationTask,
  type PreparationTaskBookInput,
} from './preparation-task-book.template.ts';
export { buildRectificationNotice, type RectificationFinding, type RectificationNoticeInput } from './rectification-notice.template.ts';
export {
  buildAssessmentReport,
  decideAssessmentConclusion,
  type AssessmentConclusion,
  type AssessmentReportInput,
  type AssessmentRound,
  type AssessmentSampling,
  type PanelMember,
} from './assessment-report.template.ts';
export { buildEstablishmentNotice, type EstablishmentNoticeInput } from './establishment-notice.template.ts';
