import { execFile } from 'node:child_process';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankWorkbook } from '../../src/grid/rankWorkbook.js';
import { readBookFile } from '../../src/cli/readBookFile.js';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);

const exists = (path: string) => stat(path).then(() => true, () => false);
let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

describe('blocrank pledge', () => {
  it('writes <name>.giao-uoc-<N+1>.docx with the rotated leaders; --json gives the summary', async () => {
    const input = join(dir, 'tham-muu.xlsx');
    await copyFile('examples/tham-muu-tong-hop-2025-en.xlsx', input);
    const run = await runBlocrank('pledge', input);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Pledge for 2026: leader Sở Tư pháp, deputy Văn phòng Đoàn ĐBQH và HĐND tỉnh; 7 units sign, 6 commitments.');
    const docx = join(dir, 'tham-muu.giao-uoc-2026.docx');
    const xml = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('GIAO ƯỚC THI ĐUA NĂM 2026');

    const json = JSON.parse((await runBlocrank('pledge', input, '--json', '-o', join(dir, 'p.docx'))).stdout);
    expect(Object.keys(json)).toEqual(['year', 'leader', 'deputy', 'signatories', 'commitments', 'issues']);
    expect(json).toMatchObject({ year: 2026, leader: 'Sở Tư pháp', deputy: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh' });
    expect(json.signatories.slice(0, 3)).toEqual(['Sở Tư pháp', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Thanh tra tỉnh']);
    expect(json.commitments).toHaveLength(6);
    // The signer typed in the workbook, the tags, and no placeholder title.
    expect(xml).toContain('Lê Minh Tuấn');
    expect(xml).toContain('KHỐI TRƯỞNG');
    expect(xml).not.toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(xml).not.toContain('Sở Kế hoạch và Đầu tư');
  });

  it('with -o book.xlsx: a copy with the sheet "Giao ước N+1", other sheets untouched; not replaced without --force', async () => {
    const out = join(dir, 'bac-ninh-pledge.xlsx');
    expect((await runBlocrank('pledge', 'examples/bac-ninh-2018.xlsx', '-o', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cấu hình', 'Tiêu chí', 'Chấm điểm', 'Giao ước 2019']);
    const sheet = wb.getWorksheet('Giao ước 2019')!;
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('portrait');
    // Writing into that copy again: the sheet exists.
    const again = await runBlocrank('pledge', out, '-o', join(dir, 'again.xlsx'));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Giao ước 2019');
    expect((await runBlocrank('pledge', out, '-o', join(dir, 'again.xlsx'), '--force')).code).toBe(0);
  });

  it('bad input: no leader or deputy to rotate from → exit 1, the cell named, nothing written', async () => {
    const input = join(dir, 'dak-nong.xlsx');
    await copyFile('examples/dak-nong-2024-co-loi.xlsx', input);
    const run = await runBlocrank('pledge', input, '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.year).toBe(2025);
    expect(json.issues.map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell])).toContainEqual(['DEPUTY_MISSING', 'Cấu hình', 'B7']);
    // Score errors do not matter to a pledge drawn by rotation.
    expect(json.issues.map((i: { code: string }) => i.code)).not.toContain('SCORE_ABOVE_MAX');
    expect(await exists(join(dir, 'dak-nong.giao-uoc-2025.docx'))).toBe(false);
  });
});

describe('blocrank template', () => {
  it('creates a fillable workbook: the three sheets, validation 0..max, frozen header', async () => {
    const out = join(dir, 'new.xlsx');
    const run = await runBlocrank('template', '-o', out, '--units', '12');
    expect(run.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cấu hình', 'Tiêu chí', 'Chấm điểm']);
    const scores = wb.getWorksheet('Chấm điểm')!;
    expect(scores.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(scores.getCell('C2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 30] });
    expect(scores.getCell('C13').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 30] });
    expect(scores.getCell('A13').value).toBe(12);
    // Read back as a bloc: the year is filled in; only the bloc name is left for the clerk.
    const loaded = await readBookFile(out);
    const ranked = rankWorkbook(loaded.value!.grid);
    expect(ranked.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['SETTING_REQUIRED', 'B3']]);
    expect(wb.getWorksheet('Cấu hình')!.getCell('B2').value).toBe(new Date().getFullYear());
    expect((await runBlocrank('template', '-o', out)).code).toBe(2);
    expect((await runBlocrank('template', '-o', join(dir, 'en.xlsx'), '--lang', 'en')).code).toBe(0);
  });
});

describe('the installed command', () => {
  it('`npx blocrank` runs the compiled CLI from the project (built by `prepare`, rebuilt when stale)', async () => {
    const { stdout } = await promisify(execFile)('npx', ['--no-install', 'blocrank', 'rank', 'examples/bac-ninh-2018.xlsx', '--json', '-o', join(dir, 'npx.xlsx')], {
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
    const json = JSON.parse(stdout);
    expect(json.units).toHaveLength(11);
    expect(json.units.find((u: { rank: number }) => u.rank === 1).unit).toBe('Ban Tổ chức Tỉnh ủy');
  });
});
