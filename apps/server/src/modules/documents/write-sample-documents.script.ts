/**
 * Writes every sample document as DOCX and PDF, for looking at them:
 *   npx tsx apps/server/src/modules/documents/write-sample-documents.script.ts [outDir] [fontDir]
 * outDir defaults to /tmp/jiliang-docs. Render the PDFs with `pdftoppm -png -r 60 file.pdf out`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApprovalDocument } from './approval-document.template.ts';
import { buildAssessmentReport } from './assessment-report.template.ts';
import { renderDocx } from './docx-renderer.ts';
import { buildEstablishmentNotice } from './establishment-notice.template.ts';
import type { OfficialDocument } from './official-document.ts';
import { renderPdf } from './pdf-renderer.ts';
import { buildPreparationTaskBook } from './preparation-task-book.template.ts';
import { buildRectificationNotice } from './rectification-notice.template.ts';
import * as samples from './sample-documents.fixture.ts';

export const buildSampleDocuments = (): Record<string, OfficialDocument> => ({
  'cm-1-approval': buildApprovalDocument(samples.sampleCentreApproval),
  'cm-2-task-book': buildPreparationTaskBook(samples.sampleCentreTaskBook),
  'cm-3-assessment-report': buildAssessmentReport(samples.sampleCentreAssessmentReport),
  'cm-4-rectification-notice': buildRectificationNotice(samples.sampleCentreRectificationNotice),
  'cm-5-establishment-notice': buildEstablishmentNotice(samples.sampleCentreEstablishmentNotice),
  'bm-1-approval': buildApprovalDocument(samples.sampleBaseApproval),
  'bm-2-task-book': buildPreparationTaskBook(samples.sampleBaseTaskBook),
  'bm-3-rectification-notice': buildRectificationNotice(samples.sampleBaseRectificationNotice),
  'bm-4-assessment-report': buildAssessmentReport(samples.sampleBaseAssessmentReport),
  'bm-5-establishment-notice': buildEstablishmentNotice(samples.sampleBaseEstablishmentNotice),
});

const writeSampleDocuments = async (outDir: string, fontDir?: string): Promise<void> => {
  mkdirSync(outDir, { recursive: true });
  for (const [name, doc] of Object.entries(buildSampleDocuments())) {
    writeFileSync(join(outDir, `${name}.docx`), await renderDocx(doc));
    writeFileSync(join(outDir, `${name}.pdf`), await renderPdf(doc, fontDir ? { fontDir } : {}));
    console.log(`${name}: ${doc.title.replace(/\n/g, '')}`);
  }
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeSampleDocuments(process.argv[2] ?? '/tmp/jiliang-docs', process.argv[3]);
}
