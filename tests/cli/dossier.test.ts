import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);

const BAC_NINH = 'examples/bac-ninh-2018.xlsx';
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

/**
 * The Bắc Ninh example (1 Government flag, 2 provincial flags, 4 certificates by the ranking) with 11
 * voters set in `Cấu hình` and a `Bình bầu` sheet of counts written by ExcelJS, as a clerk's Excel would.
 */
async function withBallot(name: string, rows: (string | number | null)[][], settings: (string | number)[][] = [['Số thành viên bỏ phiếu', 11]]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(BAC_NINH);
  const config = wb.getWorksheet('Cấu hình')!;
  // The template already lists every setting: fill its row, as a clerk does; add a row only for a new item.
  for (const [item, value] of settings) {
    let found = false;
    config.eachRow((row) => {
      if (row.getCell(1).value === item) {
        row.getCell(2).value = value!;
        found = true;
      }
    });
    if (!found) config.addRow([item, value]);
  }
  const ballot = wb.addWorksheet('Bình bầu');
  ballot.addRow(['KẾT QUẢ BỎ PHIẾU KÍN']);
  ballot.addRow(['Đơn vị', 'Cờ thi đua Chính phủ', 'Cờ thi đua UBND tỉnh', 'Bằng khen']);
  for (const row of rows) ballot.addRow(row);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('blocrank dossier', () => {
  it('--json: the proposals after the ballot, exactly at and below 80 % of 11 voters, blanks pending, the documents written beside the input', async () => {
    const input = await withBallot('ballot.xlsx', [
      // Bắc Ninh gives the Government flag apart from the provincial flags (Cờ Chính phủ kèm Cờ tỉnh = Không)
      ['Ban Tổ chức Tỉnh ủy', 11, null, null],
      ['Văn phòng Tỉnh ủy', null, 9, null],
      ['Ban Tuyên giáo Tỉnh ủy', null, 8, null],
      ['Ủy ban Kiểm tra Tỉnh ủy', null, null, 10],
      ['Đảng ủy Khối các cơ quan tỉnh', null, null, null],
      ['Ban Dân vận Tỉnh ủy', null, null, 0],
    ]);
    const before = await sha(input);
    const run = await runBlocrank('dossier', input, '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['year', 'proposals', 'documents', 'issues']);
    expect(out.year).toBe(2018);
    const folder = join(dir, 'ballot.ho-so-2018');
    expect(out.documents).toEqual([
      join(folder, 'bien-ban-binh-xet-2018.docx'),
      join(folder, 'to-trinh-de-nghi-khen-thuong-2018.docx'),
      // one report per unit proposed after the ballot (failed proposals are not made)
      ...['ban-to-chuc-tinh-uy', 'van-phong-tinh-uy', 'uy-ban-kiem-tra-tinh-uy', 'dang-uy-khoi-cac-co-quan-tinh', 'truong-chinh-tri-nguyen-van-cu'].map((s) =>
        join(folder, `bao-cao-thanh-tich-${s}.docx`),
      ),
    ]);
    const p = (unit: string, award: string) => out.proposals.find((x: { unit: string; award: string }) => x.unit === unit && x.award === award);
    expect(p('Ban Tổ chức Tỉnh ủy', 'CO_CHINH_PHU')).toEqual({ unit: 'Ban Tổ chức Tỉnh ủy', award: 'CO_CHINH_PHU', votes: 11, voters: 11, approval: 1, passed: true, status: 'passed' });
    expect(p('Văn phòng Tỉnh ủy', 'CO_UBND_TINH')).toMatchObject({ votes: 9, passed: true, status: 'passed' });
    expect(p('Văn phòng Tỉnh ủy', 'CO_UBND_TINH').approval).toBeCloseTo(9 / 11, 12);
    expect(p('Ban Tuyên giáo Tỉnh ủy', 'CO_UBND_TINH')).toMatchObject({ votes: 8, passed: false, status: 'failed' });
    expect(p('Ủy ban Kiểm tra Tỉnh ủy', 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: 10, status: 'passed' });
    expect(p('Đảng ủy Khối các cơ quan tỉnh', 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: null, approval: null, passed: false, status: 'pending' });
    expect(p('Ban Dân vận Tỉnh ủy', 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: 0, approval: 0, status: 'failed' });
    expect(p('Trường Chính trị Nguyễn Văn Cừ', 'BANG_KHEN_UBND_TINH')).toMatchObject({ votes: null, status: 'pending' });
    // the failed provincial flag is not given to the next unit
    expect(out.proposals.map((x: { unit: string }) => x.unit)).not.toContain('Báo Bắc Ninh');
    expect(out.proposals).toHaveLength(7);
    const ballotIssues = out.issues.filter((i: { sheet?: string }) => i.sheet === 'Bình bầu');
    expect(ballotIssues.map((i: { severity: string; code: string; cell: string }) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'BALLOT_VOTE_BLANK', 'D7'],
      ['warning', 'BALLOT_UNIT_MISSING', 'A9'],
    ]);
    expect(await sha(input)).toBe(before);
    expect((await readdir(folder)).sort()).toEqual(out.documents.map((d: string) => d.slice(folder.length + 1)).sort());
  });

  it('prints a readable table and the documents it wrote into -o folder', async () => {
    const input = await withBallot('table.xlsx', [['Ban Tổ chức Tỉnh ủy', 11, 11, null], ['Ban Tuyên giáo Tỉnh ủy', null, 6, null]]);
    // the provincial-flag count of the Government-flag unit is not used here (its flag goes apart): a warning says so
    const run = await runBlocrank('dossier', input, '-o', join(dir, 'ho-so-out'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Khối thi đua các cơ quan Đảng tỉnh — đề nghị khen thưởng năm 2018');
    expect(run.stdout).toMatch(/1\s+Ban Tổ chức Tỉnh ủy\s+Cờ Chính phủ\s+11\/11\s+100 %\s+đạt/);
    expect(run.stdout).toMatch(/3\s+Ban Tuyên giáo Tỉnh ủy\s+Cờ UBND tỉnh\s+6\/11\s+54,5 %\s+không đạt/);
    expect(run.stdout).toContain('Tỷ lệ phiếu tối thiểu 80 % của 11 thành viên bỏ phiếu');
    // the failed provincial flag of Ban Tuyên giáo makes no report; pending proposals do (their votes are dotted)
    expect(run.stdout).toContain(`Đã ghi 08 văn bản vào thư mục ${join(dir, 'ho-so-out')}:`);
    expect(run.stdout).toContain(`${join(dir, 'ho-so-out', 'bien-ban-binh-xet-2018.docx')} — biên bản họp bình xét thi đua`);
    expect(run.stderr).toContain(
      'Trang "Bình bầu", ô C3: Số phiếu đề nghị tặng “Cờ thi đua của Ủy ban nhân dân tỉnh” cho đơn vị "Ban Tổ chức Tỉnh ủy" không được dùng',
    );
    expect((await readdir(join(dir, 'ho-so-out'))).sort()).toEqual([
      'bao-cao-thanh-tich-ban-dan-van-tinh-uy.docx',
      'bao-cao-thanh-tich-ban-to-chuc-tinh-uy.docx',
      'bao-cao-thanh-tich-dang-uy-khoi-cac-co-quan-tinh.docx',
      'bao-cao-thanh-tich-truong-chinh-tri-nguyen-van-cu.docx',
      'bao-cao-thanh-tich-uy-ban-kiem-tra-tinh-uy.docx',
      'bao-cao-thanh-tich-van-phong-tinh-uy.docx',
      'bien-ban-binh-xet-2018.docx',
      'to-trinh-de-nghi-khen-thuong-2018.docx',
    ]);
    expect(run.stdout).not.toContain('bao-cao-thanh-tich-ban-tuyen-giao-tinh-uy');
  });

  it('bad counts and unknown units: exit 1, errors naming the Bình bầu cells, no proposals', async () => {
    const input = await withBallot('bad.xlsx', [['Ban Tổ chức Tỉnh ủy', 12, 11, null], ['Sở Ngoại vụ', null, null, 3], ['Văn phòng Tỉnh ủy', null, 9.5, null]]);
    const run = await runBlocrank('dossier', input, '--json', '--lang', 'en');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.proposals).toEqual([]);
    expect(out.issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { code: string; sheet: string; cell: string }) => [i.code, i.sheet, i.cell])).toEqual([
      ['BALLOT_VOTES_ABOVE_VOTERS', 'Bình bầu', 'B3'],
      ['BALLOT_UNIT_UNKNOWN', 'Bình bầu', 'A4'],
      ['BALLOT_VOTES_INVALID', 'Bình bầu', 'C5'],
    ]);
    expect(out.issues[0].message).toBe('Sheet "Bình bầu", cell B3: The vote count 12 in column "Cờ thi đua Chính phủ" exceeds the number of voters (11).');
  });

  it('without a Bình bầu sheet the proposals are the ranking’s, pending with votes null; a missing file is exit 2', async () => {
    const run = await runBlocrank('dossier', BAC_NINH, '--json', '-o', join(dir, 'bac-ninh.ho-so'));
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.proposals.map((p: { award: string; votes: null; voters: number; status: string }) => [p.award, p.votes, p.voters, p.status])).toEqual([
      ['CO_CHINH_PHU', null, 11, 'pending'],
      ['CO_UBND_TINH', null, 11, 'pending'],
      ['CO_UBND_TINH', null, 11, 'pending'],
      ...Array(4).fill(['BANG_KHEN_UBND_TINH', null, 11, 'pending']),
    ]);
    const rank = JSON.parse((await runBlocrank('rank', BAC_NINH, '--json', '-o', join(dir, 'r.xlsx'))).stdout);
    const ranked = rank.units.flatMap((u: { unit: string; awards: string[] }) => u.awards.map((a) => `${u.unit}|${a}`)).sort();
    expect(out.proposals.map((p: { unit: string; award: string }) => `${p.unit}|${p.award}`).sort()).toEqual(ranked);
    expect((await runBlocrank('dossier', join(dir, 'missing.xlsx'), '--json')).code).toBe(2);
  });
});
