import { officialDocument, packDocx, reviewStamp } from '../_lib/officialDocument.js';
import type { DocBlock } from '../_lib/blocks.js';
import { baoCaoBlocks, baoCaoFileName } from './baoCao.js';
import { bienBanBlocks, bienBanFileName } from './bienBan.js';
import { nameOf, proposedUnits, type DossierFacts } from './dossierFacts.js';
import { toTrinhBlocks, toTrinhFileName } from './toTrinh.js';

export type DossierDocumentKind = 'bienBan' | 'toTrinh' | 'baoCao';

/** One document of the dossier, before packing: its file name (Vietnamese without diacritics), title and blocks. */
export interface DossierDocument {
  readonly kind: DossierDocumentKind;
  readonly fileName: string;
  readonly title: string;
  readonly blocks: readonly DocBlock[];
  /** The unit a báo cáo thành tích is for (roster index). */
  readonly unit?: number;
}

/**
 * The year-end dossier's documents (DOMAIN.md §10): the minutes, the submission with its annex, and one
 * achievement report per proposed unit (every form proposed for it), in that order.
 *
 * @example dossierDocuments(facts).map((d) => d.fileName)
 * // ['bien-ban-binh-xet-2025.docx', 'to-trinh-de-nghi-khen-thuong-2025.docx', 'bao-cao-thanh-tich-so-tu-phap.docx']
 */
export function dossierDocuments(facts: DossierFacts): DossierDocument[] {
  const year = facts.input.settings.year;
  const docs: DossierDocument[] = [
    { kind: 'bienBan', fileName: bienBanFileName(year), title: `Biên bản họp bình xét thi đua năm ${year}`, blocks: bienBanBlocks(facts) },
    { kind: 'toTrinh', fileName: toTrinhFileName(year), title: `Tờ trình đề nghị khen thưởng năm ${year}`, blocks: toTrinhBlocks(facts) },
  ];
  const taken = new Set(docs.map((d) => d.fileName));
  for (const { unit, awards, proposals } of proposedUnits(facts)) {
    // Two names that fold to the same slug get a number, never overwrite each other.
    let fileName = baoCaoFileName(unit.name);
    for (let k = 2; taken.has(fileName); k++) fileName = baoCaoFileName(`${unit.name} ${k}`);
    taken.add(fileName);
    docs.push({
      kind: 'baoCao',
      fileName,
      title: `Báo cáo thành tích năm ${year} - ${nameOf(unit)}`,
      blocks: baoCaoBlocks(facts, unit.index, awards, proposals),
      unit: unit.index,
    });
  }
  return docs;
}

/**
 * A dossier document as .docx bytes, laid out per Nghị định 30/2020 by the shared layer, dated 1 January of
 * N+1 (the review) in its properties, never by the clock: the same workbook gives the same bytes.
 */
export async function packDossierDocument(doc: DossierDocument, year: number, options: { readonly highlightPlaceholders?: boolean } = {}): Promise<Uint8Array> {
  return packDocx(officialDocument(doc.blocks, { title: doc.title, ...options }), { stamp: reviewStamp(year) });
}
