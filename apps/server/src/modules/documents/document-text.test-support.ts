/** Flattens an official document to its printed text, for assertions on wording. */
import { layOutBody, type OfficialDocument, type TableBlock } from './official-document.ts';

export const collectText = (doc: OfficialDocument): string =>
  [
    doc.title.replace(/\n/g, ''),
    doc.recipients.join('、'),
    ...layOutBody(doc.body).map((block) =>
      block.kind === 'table' ? [block.caption ?? '', ...block.columns.map((c) => c.header), ...block.rows.flat()].join('|') : block.text,
    ),
    ...(doc.attachments ?? []),
    ...(doc.cc ?? []),
  ].join('\n');

/** The tables of a document, in order. */
export const findTables = (doc: OfficialDocument): TableBlock[] => doc.body.filter((block): block is TableBlock => block.kind === 'table');
