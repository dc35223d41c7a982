import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankWorkbook } from '../grid/rankWorkbook.js';
import { readXlsx } from '../xlsx/readXlsx.js';
import { writeRankedCopy } from '../xlsx/writeRankedCopy.js';
import { createFileActions, openChosenFile, openFile, rankedName, templateWorkbook } from './createFileActions.js';

const example = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../examples', name)));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

function open(name: string) {
  const opened = openFile(example(name), name, 'vi');
  if (!opened.actions) throw new Error(`${name} did not open`);
  return opened.actions;
}

describe('createFileActions (the web page over a file)', () => {
  it('detects the example as a bloc workbook and ranks it into the bytes the CLI writes', async () => {
    const actions = open('bac-ninh-2018.xlsx');
    const state = await actions.detect({ lang: 'vi' });
    expect(state.kind).toBe('bloc');
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('ranked');
    if (outcome.status !== 'ranked') return;
    expect(outcome.rows.length).toBe(11);
    expect(outcome.rows.filter((r) => r.awards.includes('CO_UBND_TINH')).length).toBeGreaterThan(0);
    expect(outcome.summary.cellsChanged).toBeGreaterThan(0);
    const pkg = readXlsx(example('bac-ninh-2018.xlsx'), { path: 'x' }).value!;
    const cli = writeRankedCopy(pkg, rankWorkbook(pkg.grid).writes).value!;
    expect(same(actions.current().bytes, cli)).toBe(true);
    expect(actions.current().changed).toBe(true);
    expect(rankedName(actions.current())).toBe('bac-ninh-2018.ranked.xlsx');
  });

  it('a second ranking changes nothing; undo restores the file as opened', async () => {
    const actions = open('bac-ninh-2018.xlsx');
    await actions.rank({ lang: 'vi' });
    const first = actions.current().bytes;
    const again = await actions.rank({ lang: 'vi' });
    expect(again.status === 'ranked' && again.summary.cellsChanged).toBe(0);
    expect(same(actions.current().bytes, first)).toBe(true);
    expect(actions.canUndo()).toBe(true);
    const undone = await actions.undo();
    expect(undone.ok).toBe(true);
    expect(same(actions.current().bytes, example('bac-ninh-2018.xlsx'))).toBe(true);
    expect(actions.canUndo()).toBe(false);
  });

  it('a change after the ranking (a setting, a sheet) ends its undo, which would take that change back too', async () => {
    for (const change of [
      (a: ReturnType<typeof open>) => a.writeSettings({ year: 2018 + 1 }, { lang: 'vi' }),
      (a: ReturnType<typeof open>) => a.writePledgeSheet({ lang: 'vi', replace: false }),
      (a: ReturnType<typeof open>) => a.dossier!.addBallotSheet({ lang: 'vi' }),
    ]) {
      const actions = open('bac-ninh-2018.xlsx');
      await actions.rank({ lang: 'vi' });
      expect(actions.canUndo()).toBe(true);
      expect((await change(actions)).ok).toBe(true);
      const changed = actions.current().bytes;
      expect(actions.canUndo()).toBe(false);
      expect((await actions.undo()).ok).toBe(false);
      expect(same(actions.current().bytes, changed)).toBe(true);
    }
  });

  it('with data errors nothing is written and the issues name the sheet and cell', async () => {
    const actions = open('dak-nong-2024-co-loi.xlsx');
    const outcome = await actions.rank({ lang: 'vi' });
    expect(outcome.status).toBe('errors');
    const located = outcome.issues.filter((i) => i.severity === 'error');
    expect(located.length).toBeGreaterThan(0);
    for (const i of located) expect(i.sheet && i.cell).toBeTruthy();
    expect(actions.current().changed).toBe(false);
    expect(same(actions.current().bytes, example('dak-nong-2024-co-loi.xlsx'))).toBe(true);
  });

  it('settings are written into the Cấu hình sheet of the package and read back', async () => {
    const actions = open('bac-ninh-2018.xlsx');
    const before = await actions.readSettings({ lang: 'vi' });
    expect(before.settings?.provincialFlags).toBeDefined();
    const next = before.settings!.provincialFlags + 1;
    const written = await actions.writeSettings({ provincialFlags: next }, { lang: 'vi' });
    expect(written.ok).toBe(true);
    expect(written.settings?.settings?.provincialFlags).toBe(next);
    const reread = readXlsx(actions.current().bytes, { path: 'x' }).value!;
    const again = openFile(actions.current().bytes, 'again.xlsx', 'vi').actions!;
    expect((await again.readSettings({ lang: 'vi' })).settings?.provincialFlags).toBe(next);
    expect(reread.sheets.map((s) => s.name)).toEqual(readXlsx(example('bac-ninh-2018.xlsx'), { path: 'x' }).value!.sheets.map((s) => s.name));
    const invalid = await actions.writeSettings({ provincialFlags: -1 }, { lang: 'vi' });
    expect(invalid.ok).toBe(false);
  });

  it('the pledge: preview, .docx bytes, and the pledge sheet added to the copy (refused twice without replace)', async () => {
    const actions = open('bac-ninh-2018.xlsx');
    const preview = await actions.previewPledge({ lang: 'vi' });
    expect(preview.ok).toBe(true);
    expect(preview.year).toBe(2019);
    const docx = await actions.pledgeDocx({ lang: 'vi' });
    expect(docx.ok).toBe(true);
    expect(docx.fileName).toBe('bac-ninh-2018.giao-uoc-2019.docx');
    expect(docx.bytes?.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const sheet = await actions.writePledgeSheet({ lang: 'vi', replace: false });
    expect(sheet).toMatchObject({ ok: true, sheetName: 'Giao ước 2019' });
    const names = readXlsx(actions.current().bytes, { path: 'x' }).value!.sheets.map((s) => s.name);
    expect(names).toContain('Giao ước 2019');
    expect((await actions.previewPledge({ lang: 'vi' })).sheetExists).toBe(true);
    expect((await actions.writePledgeSheet({ lang: 'vi', replace: false })).ok).toBe(false);
    expect((await actions.writePledgeSheet({ lang: 'vi', replace: true })).ok).toBe(true);
  });

  it('a new workbook from the template is a bloc workbook; the example is not added over its sheets', async () => {
    const blank = templateWorkbook('vi', 2025, 5);
    const tpl = openFile(blank, 'so.xlsx', 'vi').actions!;
    const state = await tpl.detect({ lang: 'vi' });
    expect(state.kind).toBe('bloc');
    // The example's sheets: a clash is refused, nothing written.
    const refused = await tpl.openExample({ lang: 'vi', sheetLang: 'vi' });
    expect(refused.ok).toBe(false);
    expect(tpl.current().changed).toBe(false);
  });

  it('refuses what is not a workbook, with the message naming the file', () => {
    const opened = openFile(new TextEncoder().encode('a,b\n1,2\n'), 'diem.csv', 'vi');
    expect(opened.actions).toBeNull();
    expect(opened.issues[0]?.code).toBe('FILE_KIND_REFUSED');
    expect(opened.issues[0]?.message).toContain('diem.csv');
  });

  it('notifies the page of every change', async () => {
    const pkg = readXlsx(example('bac-ninh-2018.xlsx'), { path: 'b.xlsx' }).value!;
    const actions = createFileActions(pkg, example('bac-ninh-2018.xlsx'), 'b.xlsx');
    const seen: boolean[] = [];
    const stop = actions.subscribe((b) => seen.push(b.changed));
    await actions.rank({ lang: 'en' });
    await actions.undo();
    stop();
    await actions.rank({ lang: 'en' });
    expect(seen).toEqual([true, true]);
  });
});

describe('Hồ sơ on the web page (the pane’s dossier actions over the file)', () => {
  it('adds the Bình bầu sheet into the copy, reads the proposals, and gives the CLI’s documents', async () => {
    const opened = openFile(example('bac-ninh-2018.xlsx'), 'bac-ninh-2018.xlsx', 'vi').actions!;
    const dossier = opened.dossier!;
    const before = await dossier.read({ lang: 'vi' });
    expect(before.ok).toBe(true);
    expect(before.ballotSheet).toBeNull();
    expect(before.proposals.every((p) => p.status === 'pending' && p.votes === null)).toBe(true);

    const added = await dossier.addBallotSheet({ lang: 'vi' });
    expect(added).toMatchObject({ ok: true, sheetName: 'Bình bầu' });
    expect(opened.current().changed).toBe(true);
    // The sheet is in the copy to download: the package reader finds it, with the candidates in rank order.
    const copy = readXlsx(opened.current().bytes, { path: 'copy.xlsx' }).value!;
    const ballot = copy.grid.sheets.find((s) => s.name === 'Bình bầu')!;
    expect(ballot.rows.slice(1).map((r) => r[1])).toEqual(before.proposals.map((p) => p.unit).filter((u, i, a) => a.indexOf(u) === i));
    // Never replaced.
    expect((await dossier.addBallotSheet({ lang: 'vi' })).issues.map((i) => i.code)).toEqual(['BALLOT_SHEET_EXISTS']);

    const after = await dossier.read({ lang: 'vi' });
    expect(after.ballotSheet).toBe('Bình bầu');
    const minutes = after.documents.find((d) => d.kind === 'bienBan')!;
    const doc = await dossier.documentDocx({ lang: 'vi', fileName: minutes.fileName });
    expect(doc.ok).toBe(true);
    expect([...doc.bytes!.slice(0, 2)]).toEqual([0x50, 0x4b]);
    // The same bytes as the CLI's document for the same workbook.
    const { mkdtempSync, writeFileSync, readFileSync: read, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runBlocrank } = await import('../../tests/helpers/runCliInProcess.js');
    const dir = mkdtempSync(join(tmpdir(), 'blocrank-web-dossier-'));
    try {
      writeFileSync(join(dir, 'book.xlsx'), opened.current().bytes);
      expect((await runBlocrank('dossier', join(dir, 'book.xlsx'), '-o', join(dir, 'ho-so'))).code).toBe(0);
      expect(Buffer.from(read(join(dir, 'ho-so', minutes.fileName))).equals(Buffer.from(doc.bytes!))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a chosen file the browser cannot read is an issue naming it; a readable one opens as openFile does', async () => {
    const gone = {
      name: 'khoi.xlsx',
      arrayBuffer: () => Promise.reject(Object.assign(new Error('The file could not be read'), { name: 'NotReadableError' })),
    };
    const refused = await openChosenFile(gone, 'vi');
    expect(refused.actions).toBeNull();
    expect(refused.issues.map((i) => [i.code, i.message])).toEqual([
      ['FILE_UNREADABLE', 'Không đọc được tệp "khoi.xlsx" như một sổ Excel (.xlsx) (lý do: NotReadableError).'],
    ]);
    const bytes = example('bac-ninh-2018.xlsx');
    const opened = await openChosenFile({ name: 'bac-ninh-2018.xlsx', arrayBuffer: async () => bytes.slice().buffer }, 'vi');
    expect(opened.actions?.current().name).toBe('bac-ninh-2018.xlsx');
  });
});
