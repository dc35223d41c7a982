import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeStaleTempFiles, saveCopy, STALE_TEMP_MS, TEMP_FILE } from '../../src/cli/saveCopy.js';
import { allowedExtensions } from '../../src/cli/checkOutput.js';
import { runBlocrank } from '../helpers/runCliInProcess.js';
import { removeTempDirs, tempDir } from '../helpers/tempDir.js';

afterAll(removeTempDirs);

const BAC_NINH = 'examples/bac-ninh-2018.xlsx';
const sha = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
const exists = (path: string) => stat(path).then(() => true, () => false);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const STACK = /\n\s+at\s|node:internal|\.ts:\d+/;

let dir: string;
let book: string;
beforeAll(async () => {
  dir = await tempDir();
  book = join(dir, 'book.xlsx');
  await copyFile(BAC_NINH, book);
});

describe('outputs that are refused before any work, even with --force', () => {
  it('-o naming a folder: "this is a folder; give a file name", exit 2, nothing written', async () => {
    const folder = join(dir, 'out-folder');
    await mkdir(folder);
    for (const force of [[], ['--force']]) {
      const run = await runBlocrank('rank', book, '-o', folder, ...force);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`"${folder}" là một thư mục; hãy cho tên tệp, ví dụ -o "${join(folder, 'ket-qua.xlsx')}".`);
      expect(run.stderr).not.toContain('--force để ghi đè');
    }
    const en = await runBlocrank('pledge', book, '-o', folder, '--force', '--lang', 'en', '--json');
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout)).toEqual({
      year: null,
      leader: null,
      deputy: null,
      signatories: [],
      commitments: [],
      issues: [{ severity: 'error', code: 'OUTPUT_IS_FOLDER', message: `"${folder}" is a folder; give a file name, e.g. -o "${join(folder, 'giao-uoc.docx')}".` }],
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a device, a FIFO and a socket are never written, even with --force', async () => {
    const fifo = join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const sock = join(dir, 'sock.xlsx');
    const server = createServer();
    await new Promise<void>((done) => server.listen(sock, done));
    try {
      for (const [path, kind] of [
        ['/dev/null', 'một thiết bị'],
        [fifo, 'một đường ống (FIFO)'],
        [sock, 'một socket'],
      ] as const) {
        const run = await runBlocrank('rank', book, '-o', path, '--force');
        expect(run.code, path).toBe(2);
        expect(run.stderr).toContain(`"${path}" là ${kind}, không phải tệp thường`);
        const json = JSON.parse((await runBlocrank('rank', book, '-o', path, '--force', '--json')).stdout);
        expect(json.issues.map((i: { code: string }) => i.code)).toEqual(['OUTPUT_NOT_FILE']);
      }
      // template has no input: the same refusal
      expect((await runBlocrank('template', '-o', fifo, '--force')).code).toBe(2);
      // saveCopy itself refuses too (a check made at write time, whatever the caller checked before)
      const direct = await saveCopy(new Uint8Array([1]), { output: fifo, force: true });
      expect(direct.issues.map((i) => [i.code, i.params.kind])).toEqual([['OUTPUT_NOT_FILE', 'fifo']]);
      expect((await stat(fifo)).isFIFO()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('the extension must fit what is written', async () => {
    expect(allowedExtensions('rank', 'a.xlsx')).toEqual(['.xlsx']);
    expect(allowedExtensions('rank', 'a.XLSM')).toEqual(['.xlsm']);
    expect(allowedExtensions('pledge', 'a.xlsm')).toEqual(['.docx', '.xlsm']);
    expect(allowedExtensions('template')).toEqual(['.xlsx']);
    const refused = [
      ['rank', book, '-o', join(dir, 'x.docx')],
      ['rank', book, '-o', join(dir, 'x.xlsm')],
      ['rank', book, '-o', join(dir, 'x')],
      ['pledge', book, '-o', join(dir, 'x.pdf')],
      ['template', '-o', join(dir, 'x.docx')],
      ['template', '-o', join(dir, 'x.xlsm')],
    ];
    for (const argv of refused) {
      const run = await runBlocrank(...argv, '--json');
      expect(run.code, argv.join(' ')).toBe(2);
      expect(JSON.parse(run.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['OUTPUT_EXTENSION']);
      expect(await exists(argv[argv.length - 1]!)).toBe(false);
    }
    const docx = await runBlocrank('rank', book, '-o', join(dir, 'x.docx'));
    expect(docx.stderr).toContain(`Tệp ghi ra "${join(dir, 'x.docx')}" phải có đuôi .xlsx`);
    // upper-case extensions are the same extension
    expect((await runBlocrank('rank', book, '-o', join(dir, 'UPPER.XLSX'))).code).toBe(0);
  });

  it('a .xlsm input: the ranked copy stays .xlsm by default, and -o x.xlsx is refused', async () => {
    const xlsm = join(dir, 'macro.xlsm');
    await copyFile(BAC_NINH, xlsm);
    const refused = await runBlocrank('rank', xlsm, '-o', join(dir, 'macro.ranked.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('phải có đuôi .xlsm');
    const { defaultRankedPath } = await import('../../src/cli/rankCommand.js');
    expect(defaultRankedPath(xlsm)).toBe(join(dir, 'macro.ranked.xlsm'));
    expect(defaultRankedPath(book)).toBe(join(dir, 'book.ranked.xlsx'));
  });

  it('--force never replaces the input, whether named directly, through a symlink or a hard link', async () => {
    const before = await sha(book);
    const viaLink = join(dir, 'link.xlsx');
    await symlink(book, viaLink);
    const hard = join(dir, 'hard.xlsx');
    await link(book, hard);
    for (const output of [book, viaLink, hard]) {
      const run = await runBlocrank('rank', book, '-o', output, '--force', '--json');
      expect(run.code, output).toBe(2);
      expect(JSON.parse(run.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['OUTPUT_IS_INPUT']);
    }
    expect(await sha(book)).toBe(before);
  });

  it('extra positional arguments are a usage error', async () => {
    const rank = await runBlocrank('rank', book, join(dir, 'other.xlsx'));
    expect(rank.code).toBe(2);
    expect(rank.stderr).toContain(`Lệnh rank nhận đúng một tên tệp; thừa: "${join(dir, 'other.xlsx')}".`);
    const template = await runBlocrank('template', 'x.xlsx', '--lang', 'en');
    expect([template.code, template.stderr]).toEqual([2, expect.stringContaining('template takes no file name (use -o to name the output); extra: "x.xlsx".')]);
    expect((await runBlocrank('pledge', book, 'a', 'b')).code).toBe(2);
  });

  it('option errors are worded for the clerk, never in Node\'s own English', async () => {
    const unknown = await runBlocrank('rank', book, '--bogus');
    expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, 'Không có tùy chọn --bogus. Các tùy chọn: -o, --json, --lang, --units, --force, --help, --version.']);
    const missing = await runBlocrank('rank', book, '-o', '--lang', 'en');
    expect(missing.code).toBe(2);
    const needs = await runBlocrank('rank', book, '--lang=en', '-o');
    expect(needs.stderr.split('\n')[0]).toBe('Option -o, --output needs a value, e.g. -o result.xlsx.');
    const value = await runBlocrank('rank', book, '--json=yes');
    expect(value.stderr.split('\n')[0]).toBe('Tùy chọn --json không nhận giá trị (bỏ phần "=…").');
    for (const run of [unknown, needs, value]) expect(run.stderr).not.toMatch(/To specify a positional|argument missing|does not take/);
  });

  it('an input that is a folder is named as one (exit 2)', async () => {
    const folder = join(dir, 'x.xlsx.d');
    await mkdir(folder);
    const run = await runBlocrank('rank', folder, '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues).toEqual([
      { severity: 'error', code: 'INPUT_IS_FOLDER', message: `"${folder}" là một thư mục, không phải sổ Excel; hãy cho tên tệp .xlsx.` },
    ]);
  });
});

describe('writing: temporary file and rename, stale temporary files cleaned', () => {
  it('writes through a temporary file that is gone afterwards; an existing output is replaced only with force', async () => {
    const out = join(dir, 'save', 'a.xlsx');
    await mkdir(join(dir, 'save'));
    expect((await saveCopy(new Uint8Array([1, 2]), { output: out })).value).toBe(out);
    expect([...(await readFile(out))]).toEqual([1, 2]);
    const again = await saveCopy(new Uint8Array([3]), { output: out });
    expect(again.issues.map((i) => i.code)).toEqual(['OUTPUT_EXISTS']);
    expect((await saveCopy(new Uint8Array([3]), { output: out, force: true })).ok).toBe(true);
    expect([...(await readFile(out))]).toEqual([3]);
    expect(await readdir(join(dir, 'save'))).toEqual(['a.xlsx']);
  });

  it('removes our temporary files older than an hour from the output folder, and nothing else', async () => {
    const folder = join(dir, 'stale');
    await mkdir(folder);
    const old = Date.now() / 1000 - STALE_TEMP_MS / 1000 - 60;
    const files = {
      staleOurs: '.0123456789ab.blocrank.tmp',
      freshOurs: '.ba9876543210.blocrank.tmp',
      staleOther: '.0123456789ab.other.tmp',
      clerk: 'so-cham-diem.xlsx',
    };
    for (const name of Object.values(files)) await writeFile(join(folder, name), 'x');
    for (const name of [files.staleOurs, files.staleOther, files.clerk]) await utimes(join(folder, name), old, old);
    const run = await runBlocrank('rank', book, '-o', join(folder, 'out.xlsx'));
    expect(run.code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([files.freshOurs, files.staleOther, 'out.xlsx', files.clerk].sort());
    // with an injected clock, the fresh one is stale an hour later
    await removeStaleTempFiles(folder, Date.now() + STALE_TEMP_MS + 60_000);
    expect(await exists(join(folder, files.freshOurs))).toBe(false);
  });

  it('Ctrl+C during a write removes the temporary file (the compiled CLI, interrupted)', async () => {
    const folder = join(dir, 'interrupted');
    await mkdir(folder);
    const child = spawn(process.execPath, ['--import', './tests/cli/fixtures/stall-rename.mjs', 'bin/blocrank.mjs', 'rank', book, '-o', join(folder, 'out.xlsx')], { stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    let temp: string[] = [];
    for (let i = 0; i < 200 && temp.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      temp = (await readdir(folder)).filter((n) => TEMP_FILE.test(n));
    }
    expect(temp).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await readdir(folder)).toEqual([]);
  });

  it('a write that fails says why in the clerk\'s words, never the system\'s text, and leaves no temporary file', async () => {
    const folder = join(dir, 'readonly');
    await mkdir(folder, { mode: 0o500 });
    const isRoot = process.getuid?.() === 0;
    const missing = await runBlocrank('rank', book, '-o', join(dir, 'no-such-folder', 'x.xlsx'), '--json');
    expect(missing.code).toBe(2);
    const issue = JSON.parse(missing.stdout).issues[0];
    expect(issue).toMatchObject({ code: 'FILE_NOT_WRITABLE' });
    expect(issue.message).toBe(`Không ghi được tệp "${join(dir, 'no-such-folder', 'x.xlsx')}": thư mục chứa tệp không tồn tại.`);
    expect(issue.message).not.toMatch(/ENOENT|open '/);
    if (!isRoot) {
      const denied = await runBlocrank('rank', book, '-o', join(folder, 'x.xlsx'), '--lang', 'en');
      expect(denied.stderr).toContain('no permission to write there');
      expect(await readdir(folder)).toEqual([]);
    }
  });
});

describe('unexpected failures: exit 3, an error id and how to report it, no stack trace', () => {
  it('in-process: a fault inside a command', async () => {
    vi.resetModules();
    vi.doMock('../../src/cli/rankCommand.js', () => ({
      rankCommand: async () => {
        throw new RangeError('Invalid array length');
      },
    }));
    try {
      const { runCli } = await import('../../src/cli/runCli.js');
      let stdout = '';
      let stderr = '';
      const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
      expect(await runCli(['rank', book], io)).toBe(3);
      expect(stderr).toMatch(/BlocRank gặp lỗi ngoài dự kiến \(mã lỗi BR-[0-9a-f]{8}\); tệp của bạn không bị thay đổi\./);
      expect(stderr).toContain(`lệnh đã chạy (blocrank rank ${book}), phiên bản BlocRank 0.1.0 và Node ${process.version}`);
      expect(stderr).not.toMatch(STACK);
      expect(stderr).not.toContain('Invalid array length');
      stdout = '';
      stderr = '';
      expect(await runCli(['rank', book, '--json', '--lang', 'en'], io)).toBe(3);
      const json = JSON.parse(stdout);
      expect(json.units).toEqual([]);
      expect(json.issues[0]).toMatchObject({ severity: 'error', code: 'UNEXPECTED_FAILURE' });
      expect(json.issues[0].message).toMatch(/^BlocRank hit an unexpected failure \(error id BR-[0-9a-f]{8}\)/);
      // the same fault gives the same id
      const id = (text: string) => /BR-[0-9a-f]{8}/.exec(text)?.[0];
      const first = id(json.issues[0].message);
      stdout = '';
      await runCli(['rank', book, '--json'], io);
      expect(id(stdout)).toBe(first);
      // BLOCRANK_DEBUG=1: the stack, for whoever fixes it
      vi.stubEnv('BLOCRANK_DEBUG', '1');
      stderr = '';
      await runCli(['rank', book], io);
      expect(stderr).toContain('RangeError: Invalid array length');
      expect(stderr).toMatch(STACK);
    } finally {
      vi.unstubAllEnvs();
      vi.doUnmock('../../src/cli/rankCommand.js');
      vi.resetModules();
    }
  });

  it('the compiled CLI, as users run it: exit 3 without a stack; with BLOCRANK_DEBUG=1 the stack', () => {
    const preload = ['--import', './tests/cli/fixtures/break-normalize.mjs'];
    const run = spawnSync(process.execPath, [...preload, 'bin/blocrank.mjs', 'rank', book, '--lang', 'en'], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/BlocRank hit an unexpected failure \(error id BR-[0-9a-f]{8}\)/);
    expect(run.stderr).toContain('BlocRank 0.1.0');
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stderr).not.toContain('simulated fault');
    const debug = spawnSync(process.execPath, [...preload, 'bin/blocrank.mjs', 'rank', book], { encoding: 'utf8', env: { ...process.env, BLOCRANK_DEBUG: '1' } });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toContain('TypeError: simulated fault inside the engine');
  });
});

describe('terminal output carries no control characters from the workbook', () => {
  it('unit names with C1 controls and bidi overrides: shown as escapes in text, escaped in valid JSON', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(BAC_NINH);
    const scores = wb.getWorksheet('Chấm điểm')!;
    const evil = 'Ban \u202eNội chính\u202c\u009b2J\u0085 Tỉnh ủy\u2066';
    scores.getCell(4, 2).value = evil;
    const input = join(dir, 'controls.xlsx');
    await wb.xlsx.writeFile(input);
    const text = await runBlocrank('rank', input, '-o', join(dir, 'controls.ranked.xlsx'));
    expect(text.code).toBe(0);
    expect(text.stdout + text.stderr).not.toMatch(CONTROL);
    expect(text.stdout).toContain('Ban \\u202eNội chính\\u202c\\x9b2J\\x85 Tỉnh ủy\\u2066');
    const json = await runBlocrank('rank', input, '--json', '-o', join(dir, 'controls-2.xlsx'));
    expect(json.stdout).not.toMatch(CONTROL);
    expect(JSON.parse(json.stdout).units.map((u: { unit: string }) => u.unit)).toContain(evil);
  });
});
