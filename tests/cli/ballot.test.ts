// `blocrank ballot`: a copy with the Bình bầu sheet for the meeting, made by the package writer (only the new
// sheet part and its entries change), read back by `dossier` as the ballot.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/xlsx/readXlsx.js';
import { diffPackages, malformedXmlParts } from '../helpers/packageDiff.js';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);
const BAC_NINH = 'examples/bac-ninh-2018.xlsx';
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('blocrank ballot', () => {
  it('adds the Bình bầu sheet with the proposed units in rank order, blank vote cells, and nothing else', async () => {
    const before = await sha(BAC_NINH);
    const out = join(dir, 'binh-bau.xlsx');
    const run = await runBlocrank('ballot', BAC_NINH, '-o', out, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // Bắc Ninh 2018: 1 Government flag (apart), 2 provincial flags, 4 Bằng khen → 7 candidates.
    expect(json.sheet).toBe('Bình bầu');
    expect(json.candidates).toEqual([
      'Ban Tổ chức Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Ủy ban Kiểm tra Tỉnh ủy',
      'Đảng ủy Khối các cơ quan tỉnh',
      'Ban Dân vận Tỉnh ủy',
      'Trường Chính trị Nguyễn Văn Cừ',
    ]);
    expect(await sha(BAC_NINH)).toBe(before);

    const input = new Uint8Array(await readFile(BAC_NINH));
    const bytes = new Uint8Array(await readFile(out));
    const diff = diffPackages(input, bytes);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toHaveLength(1);
    expect([...diff.changed].sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(malformedXmlParts(bytes)).toEqual([]);
    const sheet = readXlsx(bytes, { path: out }).value!.grid.sheets.find((s) => s.name === 'Bình bầu')!;
    expect(sheet.rows[0]).toContain('Đơn vị');
    expect(sheet.rows.slice(1).map((r) => r[1])).toEqual(json.candidates);
    // Every vote cell blank: the counts are the meeting's.
    for (const row of sheet.rows.slice(1)) expect(row.slice(4).every((v) => v === null || v === undefined)).toBe(true);

    // The dossier reads it as the ballot: every proposal pending, each warning naming its vote cell.
    const dossier = await runBlocrank('dossier', out, '--json', '-o', join(dir, 'ho-so'));
    expect(dossier.code).toBe(0);
    const d = JSON.parse(dossier.stdout);
    expect(d.proposals.every((p: { status: string }) => p.status === 'pending')).toBe(true);
    expect(d.issues.filter((i: { code: string }) => i.code === 'BALLOT_VOTE_BLANK').map((i: { sheet: string }) => i.sheet)).toEqual(
      Array(7).fill('Bình bầu'),
    );
  });

  it('refuses a workbook that has a ballot sheet already, even with --force: the counts are the clerk’s', async () => {
    const first = join(dir, 'first.xlsx');
    expect((await runBlocrank('ballot', BAC_NINH, '-o', first)).code).toBe(0);
    const again = await runBlocrank('ballot', first, '-o', join(dir, 'again.xlsx'), '--force', '--json');
    expect(again.code).toBe(2);
    const issues = JSON.parse(again.stdout).issues as { code: string; severity: string }[];
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['BALLOT_SHEET_EXISTS']);
    await expect(readFile(join(dir, 'again.xlsx'))).rejects.toThrow();
  });

  it('writes nothing for a workbook with data errors (exit 1)', async () => {
    const out = join(dir, 'errors.xlsx');
    const run = await runBlocrank('ballot', 'examples/dak-nong-2024-co-loi.xlsx', '-o', out);
    expect(run.code).toBe(1);
    await expect(readFile(out)).rejects.toThrow();
  });
});
