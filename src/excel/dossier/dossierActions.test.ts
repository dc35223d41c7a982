/**
 * The Hồ sơ actions against the in-memory host (real Office.js semantics: queued commands, load before
 * read): what they read, what they write (cell by cell), and their round trips (a spy on `context.sync`).
 */
import { describe, expect, it } from 'vitest';
import { dossierJson } from '../../cli/dossierCommand.js';
import { dossierDocuments, packDossierDocument } from '../../docx/dossier/packDossier.js';
import { sampleBook } from '../../grid/_lib/sampleBook.js';
import { dossierWorkbook } from '../../grid/dossierWorkbook.js';
import type { CellValue, WorkbookGrid } from '../../grid/types.js';
import { createBlocActions } from '../createBlocActions.js';
import { workbookFromGrid } from '../testing/blocWorkbook.js';
import { MemoryExcel, type MemoryCell, type MemoryWorkbook } from '../testing/memoryExcel.js';
import { spied } from '../testing/spiedHost.js';

// The sample bloc: 5 units, 5 voters by default, 80 %; Văn phòng Tỉnh uỷ → Government + provincial flag,
// Ban Tổ chức Tỉnh uỷ → the one certificate.
function setup(grid: WorkbookGrid = sampleBook()) {
  const excel = new MemoryExcel({ workbook: workbookFromGrid(grid) });
  const host = spied(excel);
  const actions = createBlocActions(host);
  return { excel, host, actions, dossier: actions.dossier! };
}

function everything(book: MemoryWorkbook): Map<string, MemoryCell> {
  const out = new Map<string, MemoryCell>();
  for (const s of book.sheets) for (const [a1, cell] of s.snapshot()) out.set(`${s.name}!${a1}`, cell);
  return out;
}

function gridOf(book: MemoryWorkbook): WorkbookGrid {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      rows: s.values().map((row) => row.map((v): CellValue => (v === '' ? null : v))),
    })),
  };
}

const brief = (r: {
  proposals: ReadonlyArray<{ unit: string; award: string; votes: number | null; status: string }>;
}) => r.proposals.map((p) => [p.unit, p.award, p.votes, p.status]);

describe('dossier.read', () => {
  it('without a ballot sheet: the ranking’s proposals, pending, the CLI’s documents, in 2 syncs, nothing written', async () => {
    const { excel, host, dossier } = setup();
    const before = everything(excel.workbook);
    const read = await dossier.read({ lang: 'vi' });
    expect(host.syncs).toEqual([2]);
    expect(everything(excel.workbook)).toEqual(before);
    expect(read).toMatchObject({
      ok: true,
      year: 2024,
      ballotSheet: null,
      newBallotSheet: 'Bình bầu',
      voters: 5,
      thresholdPercent: 80,
    });
    expect(brief(read)).toEqual([
      ['Văn phòng Tỉnh uỷ', 'CO_CHINH_PHU', null, 'pending'],
      ['Văn phòng Tỉnh uỷ', 'CO_UBND_TINH', null, 'pending'],
      ['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', null, 'pending'],
    ]);
    expect(read.proposals.map((p) => p.rank)).toEqual([1, 1, 2]);
    const run = dossierWorkbook(gridOf(excel.workbook), { lang: 'vi' });
    const facts = {
      input: run.book!.input,
      result: run.result!,
      ballot: run.ballot!,
      next: run.next,
      meeting: run.dossier!,
    };
    expect(read.documents).toEqual(
      dossierDocuments(facts).map((d) => ({
        kind: d.kind,
        fileName: d.fileName,
        ...(d.unit !== undefined ? { unit: run.result!.units[d.unit]!.name } : {}),
      })),
    );
    expect(read.documents.map((d) => d.fileName)).toEqual([
      'bien-ban-binh-xet-2024.docx',
      'to-trinh-de-nghi-khen-thuong-2024.docx',
      'bao-cao-thanh-tich-van-phong-tinh-uy.docx',
      'bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx',
    ]);
  });

  it('with data errors: not ok, no proposal, no document, the error named by its cell', async () => {
    const grid = sampleBook();
    const scores = grid.sheets.find((s) => s.name === 'Chấm điểm')!;
    (scores.rows[2] as CellValue[])[2] = 'ba mươi';
    const { dossier } = setup(grid);
    const read = await dossier.read({ lang: 'en' });
    expect(read.ok).toBe(false);
    expect(read.proposals).toEqual([]);
    expect(read.documents).toEqual([]);
    expect(read.issues.find((i) => i.severity === 'error')).toMatchObject({ sheet: 'Chấm điểm', cell: 'C3' });
  });
});

describe('dossier.addBallotSheet', () => {
  it('adds Bình bầu pre-filled with the candidates, touches no other sheet, and leaves the ranking’s undo alone', async () => {
    const { excel, host, actions, dossier } = setup();
    const ranked = await actions.rank({ lang: 'vi' });
    expect(ranked.status).toBe('ranked');
    expect(actions.canUndo()).toBe(true);
    const before = everything(excel.workbook);
    host.syncs.length = 0;

    const outcome = await dossier.addBallotSheet({ lang: 'vi' });
    expect(outcome).toMatchObject({ ok: true, sheetName: 'Bình bầu' });
    // 2 to read, the sheet with its activation (one request), the page setup (its own request).
    expect(host.syncs).toEqual([4]);
    // Shown with the first vote cell selected.
    expect(excel.workbook.active?.name).toBe('Bình bầu');
    expect(excel.workbook.selection).toEqual({ sheet: 'Bình bầu', address: 'E2' });
    const sheet = excel.workbook.sheet('Bình bầu')!;
    expect(sheet.values().slice(0, 3)).toEqual([
      [
        'STT',
        'Đơn vị',
        'Xếp hạng',
        'Đề nghị theo kết quả xếp hạng',
        'Cờ thi đua Chính phủ',
        'Cờ thi đua UBND tỉnh',
        'Bằng khen',
      ],
      [1, 'Văn phòng Tỉnh uỷ', 1, 'Cờ thi đua của Chính phủ; Cờ thi đua của UBND tỉnh', '', '', ''],
      [2, 'Ban Tổ chức Tỉnh uỷ', 2, 'Bằng khen của Chủ tịch UBND tỉnh', '', '', ''],
    ]);
    expect(sheet.values()).toHaveLength(3);
    expect(sheet.validations.map((v) => v.address)).toEqual(['E2:G3']);
    expect(sheet.frozenRows).toBe(1);
    expect(excel.workbook.active?.name).toBe('Bình bầu');
    // Every other cell of the workbook is as it was.
    const after = everything(excel.workbook);
    for (const [key, cell] of before) expect(after.get(key), key).toEqual(cell);
    expect([...after.keys()].filter((k) => !before.has(k)).every((k) => k.startsWith('Bình bầu!'))).toBe(true);
    // Hoàn tác still undoes the ranking (the sheet is not part of it).
    expect(actions.canUndo()).toBe(true);
    const undone = await actions.undo();
    expect(undone.ok).toBe(true);
    expect(excel.workbook.sheet('Bình bầu')).toBeDefined();
  });

  it('never replaces a ballot sheet: a second run is refused and writes nothing', async () => {
    const { excel, dossier } = setup();
    await dossier.addBallotSheet({ lang: 'vi' });
    excel.edit('Bình bầu', 'E2', [[5, 5]]);
    const before = everything(excel.workbook);
    const again = await dossier.addBallotSheet({ lang: 'en' });
    expect(again.ok).toBe(false);
    expect(again.issues).toEqual([
      expect.objectContaining({ code: 'BALLOT_SHEET_EXISTS', sheet: 'Bình bầu', severity: 'error' }),
    ]);
    expect(again.issues[0]!.message).toContain('never overwrites');
    expect(everything(excel.workbook)).toEqual(before);
    expect(excel.workbook.sheetNames().filter((n) => n === 'Bình bầu')).toHaveLength(1);
  });

  it('with data errors adds nothing', async () => {
    const grid = sampleBook();
    (grid.sheets.find((s) => s.name === 'Chấm điểm')!.rows[2] as CellValue[])[2] = 'ba mươi';
    const { excel, dossier } = setup(grid);
    const names = excel.workbook.sheetNames();
    const outcome = await dossier.addBallotSheet({ lang: 'vi' });
    expect(outcome.ok).toBe(false);
    expect(excel.workbook.sheetNames()).toEqual(names);
  });
});

describe('after the vote', () => {
  it('reads the counts typed into Bình bầu: passed, failed, pending, as `blocrank dossier --json`', async () => {
    const { excel, dossier } = setup();
    await dossier.addBallotSheet({ lang: 'vi' });
    // 3/5 fails (the Government flag), 4/5 = 80 % passes (the provincial flag), the certificate not counted yet.
    excel.edit('Bình bầu', 'E2', [[3, 4]]);
    const read = await dossier.read({ lang: 'vi' });
    expect(read.ok).toBe(true);
    expect(read.ballotSheet).toBe('Bình bầu');
    expect(brief(read)).toEqual([
      ['Văn phòng Tỉnh uỷ', 'CO_CHINH_PHU', 3, 'failed'],
      ['Văn phòng Tỉnh uỷ', 'CO_UBND_TINH', 4, 'passed'],
      ['Ban Tổ chức Tỉnh uỷ', 'BANG_KHEN_UBND_TINH', null, 'pending'],
    ]);
    expect(read.proposals[1]!.approval).toBeCloseTo(0.8, 12);
    const blank = read.issues.find((i) => i.code === 'BALLOT_VOTE_BLANK')!;
    expect([blank.severity, blank.sheet, blank.cell]).toEqual(['warning', 'Bình bầu', 'G3']);
    // The same proposals as the CLI's JSON for the same workbook.
    const run = dossierWorkbook(gridOf(excel.workbook), { lang: 'vi' });
    const json = dossierJson(2024, run.ballot, run.issues, 'vi');
    expect(
      read.proposals.map((p) => ({
        unit: p.unit,
        award: p.award,
        votes: p.votes,
        voters: p.voters,
        approval: p.approval,
        status: p.status,
      })),
    ).toEqual(json.proposals.map(({ passed: _passed, ...p }) => p));
  });

  it('a count above the voters is an error naming its Bình bầu cell; no document then', async () => {
    const { excel, dossier } = setup();
    await dossier.addBallotSheet({ lang: 'vi' });
    excel.edit('Bình bầu', 'F2', [[7]]);
    const read = await dossier.read({ lang: 'vi' });
    expect(read.ok).toBe(false);
    expect(read.documents).toEqual([]);
    expect(read.issues.find((i) => i.severity === 'error')).toMatchObject({ sheet: 'Bình bầu', cell: 'F2' });
  });
});

describe('dossier.documentDocx', () => {
  it('gives the bytes the CLI writes for the same workbook, for each document', async () => {
    const { excel, host, dossier } = setup();
    await dossier.addBallotSheet({ lang: 'vi' });
    excel.edit('Bình bầu', 'E2', [[5, 4, 5]]);
    const read = await dossier.read({ lang: 'vi' });
    const run = dossierWorkbook(gridOf(excel.workbook), { lang: 'vi' });
    const facts = {
      input: run.book!.input,
      result: run.result!,
      ballot: run.ballot!,
      next: run.next,
      meeting: run.dossier!,
    };
    const expected = dossierDocuments(facts);
    expect(read.documents.map((d) => d.fileName)).toEqual(expected.map((d) => d.fileName));
    for (const doc of expected) {
      host.syncs.length = 0;
      const got = await dossier.documentDocx({ lang: 'vi', fileName: doc.fileName });
      expect(host.syncs).toEqual([2]);
      expect(got).toMatchObject({ ok: true, fileName: doc.fileName });
      expect(got.bytes).toEqual(await packDossierDocument(doc, 2024));
      expect([...got.bytes!.slice(0, 2)]).toEqual([0x50, 0x4b]);
    }
  });

  it('a file name the dossier no longer has gives no bytes and says so', async () => {
    const { dossier } = setup();
    const got = await dossier.documentDocx({ lang: 'vi', fileName: 'bao-cao-thanh-tich-so-tu-phap.docx' });
    expect(got.ok).toBe(false);
    expect(got.bytes).toBeNull();
    expect(got.issues.map((i) => i.code)).toContain('EXCEL_DOSSIER_DOCUMENT_GONE');
  });
});
