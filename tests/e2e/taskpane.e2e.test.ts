// The production task pane end to end in Debian's Chromium: the build served on localhost, Office.js routed
// from node_modules/@microsoft/office-js/dist/, the in-memory Excel host installed right after it. The clerk's
// flow: open → create the workbook → fill scores → rank → read results and explanations → undo → pledge,
// plus settings, a data error, the dark theme and the page outside Excel. Screenshots of every step go to
// test-results/e2e/ (gitignored): look at them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPane,
  bundleMemoryHost,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  freshProfile,
  PANE,
  preparePane,
  removeDir,
  ROOT,
  serve,
  waitInteractive,
  type MemoryGlobal,
} from './harness';

const SHOTS = join(ROOT, 'test-results/e2e');
/** Office.js outside an Office client still tries its telemetry frame: Office's request, not the pane's. */
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;

/** Ten Party agencies, as in DOMAIN.md §1. */
const UNITS = [
  'Văn phòng Tỉnh uỷ',
  'Ban Tổ chức Tỉnh uỷ',
  'Uỷ ban Kiểm tra Tỉnh uỷ',
  'Ban Tuyên giáo Tỉnh uỷ',
  'Ban Dân vận Tỉnh uỷ',
  'Ban Nội chính Tỉnh uỷ',
  'Trường Chính trị tỉnh',
  'Báo Bắc Ninh',
  'Đảng uỷ Khối các cơ quan tỉnh',
  'Ban Bảo vệ chăm sóc sức khoẻ cán bộ tỉnh',
];
/** Share of each criterion's maximum per unit: units 5 and 6 tie exactly. */
const SHARES = [0.98, 0.96, 0.95, 0.93, 0.91, 0.91, 0.88, 0.8, 0.72, 0.6];

if (!CHROMIUM_PATH)
  console.warn(
    'tests/e2e/taskpane.e2e.test.ts skipped: no Chromium at /usr/bin/chromium (or $CHROMIUM). Install it: apt-get install -y chromium',
  );

describe.skipIf(!CHROMIUM_PATH)('the task pane in Chromium against the in-memory Excel host', () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let memoryHost: string;
  let profile: string;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [out, memoryHost] = await Promise.all([buildPane(), bundleMemoryHost()]);
    server = await serve(out);
    profile = freshProfile();
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: PANE,
      locale: 'vi-VN',
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeDir(out);
    removeDir(profile);
  });

  /** A new page with the pane's routes; page errors are collected. */
  async function openPane(install: { units?: number; dark?: boolean } | null) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests = await preparePane(page, { memoryHost, install });
    await page.goto(`${server.url}taskpane.html`);
    return { page, errors, requests };
  }

  /** A screenshot once Fluent's enter/exit motions are over (a whole-page one unless `viewport`). */
  async function shot(page: Page, name: string, viewport = false) {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: !viewport });
  }

  /** What the memory host's workbook holds (read in the page). */
  const sheetValues = (page: Page, sheet: string) =>
    page.evaluate((name) => {
      const s = (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheet(name);
      return s ? s.values() : null;
    }, sheet);

  /** Fills Cấu hình (year, bloc, leader, deputy) and the scores of Chấm điểm as a clerk would. */
  async function fillBloc(page: Page) {
    await page.evaluate(
      ({ names, shares }) => {
        const book = (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook;
        const a1 = (row: number, col: number) => {
          let letters = '';
          for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
            letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
          return letters + row;
        };
        const settings = book.sheet('Cấu hình')!;
        const items = settings.values().map((r) => r[0]);
        const item = (label: string, value: string | number) =>
          settings.setValues(a1(items.indexOf(label) + 1, 2), [[value]]);
        item('Năm', 2025);
        item('Tên khối', 'Khối thi đua các cơ quan Đảng tỉnh');
        item('Khối trưởng', names[0]!);
        item('Khối phó', names[1]!);

        const criteria = book
          .sheet('Tiêu chí')!
          .values()
          .slice(1)
          .filter((r) => r[0] !== '')
          .map((r) => ({ code: String(r[0]), max: Number(r[3]) || 0, kind: String(r[4]) }));
        const scores = book.sheet('Chấm điểm')!;
        const header = scores.values()[0]!.map(String);
        names.forEach((name, i) => {
          const row = i + 2;
          scores.setValues(a1(row, header.indexOf('Đơn vị') + 1), [[name]]);
          for (const c of criteria) {
            const col = header.indexOf(c.code) + 1;
            if (col === 0) continue;
            const points = c.kind === 'Chấm điểm' ? Math.round(c.max * shares[i]! * 2) / 2 : 0;
            scores.setValues(a1(row, col), [[points]]);
          }
          for (const fact of ['Vượt chỉ tiêu', 'Tổ chức đảng, đoàn thể vững mạnh']) {
            const col = header.indexOf(fact) + 1;
            if (col > 0) scores.setValues(a1(row, col), [['Có']]);
          }
        });
      },
      { names: UNITS, shares: SHARES },
    );
  }

  it('open → create the workbook → fill scores → rank → explanations → undo → pledge', async () => {
    const { page, errors, requests } = await openPane({});

    // Open: not a bloc workbook yet.
    await page.getByRole('heading', { name: 'Sổ này chưa phải sổ chấm điểm của khối' }).waitFor();
    await shot(page, '01-start');

    // Create the workbook (10 units, Vietnamese sheets).
    await page.getByRole('button', { name: 'Tạo sổ chấm điểm' }).click();
    await page.getByText('Đã tạo sổ chấm điểm.', { exact: false }).waitFor();
    await waitInteractive(page);
    expect(
      await page.evaluate(() => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheetNames()),
    ).toEqual(expect.arrayContaining(['Cấu hình', 'Tiêu chí', 'Chấm điểm']));
    await shot(page, '02-created');

    // Fill the scores through the host, then rank.
    await fillBloc(page);
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    const summary = page.getByText(/^Đã xếp hạng 10 đơn vị:/);
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.textContent()).toMatch(
      /^Đã xếp hạng 10 đơn vị: 01 đề nghị Cờ thi đua của Chính phủ, 01 Cờ UBND tỉnh, 03 Bằng khen; 01 nhóm đồng hạng/,
    );
    const table = page.getByRole('table', { name: 'Kết quả xếp hạng' });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(11);
    expect(await rows.nth(1).getByRole('cell').first().textContent()).toBe('1');
    expect(await rows.nth(1).textContent()).toContain('Văn phòng Tỉnh uỷ');
    expect(await rows.nth(1).getByRole('cell').last().textContent()).toMatch(/^\d+(,\d+)?$/);
    expect(await table.getByRole('img', { name: 'đồng hạng' }).count()).toBe(2);
    await shot(page, '03-ranked');

    // The sheet got the result columns.
    const ranked = await sheetValues(page, 'Chấm điểm');
    expect(ranked![0]).toEqual(
      expect.arrayContaining(['Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Giải thích']),
    );

    // A unit's explanation, on demand.
    const second = page.getByRole('button', { name: 'Ban Tổ chức Tỉnh uỷ' });
    await second.click();
    expect(await second.getAttribute('aria-expanded')).toBe('true');
    const explanation = page.locator(`#${await second.getAttribute('aria-controls')}`);
    expect(await explanation.textContent()).toMatch(/^Xếp hạng 2\/10\. Tổng điểm [\d,]+\/100(, gồm [\d,]+ điểm thưởng)?(, đã trừ [\d,]+ điểm)? — mức [a-zà-ỹ ]+ theo thang điểm của Khối\./);
    await shot(page, '04-explanation');

    // Undo restores the sheet exactly.
    const undo = page.getByRole('button', { name: 'Hoàn tác lần xếp hạng vừa rồi' });
    expect(await undo.isEnabled()).toBe(true);
    await undo.click();
    await page.getByText(/^Đã hoàn tác:/).waitFor();
    const undone = await sheetValues(page, 'Chấm điểm');
    expect(undone![0]).not.toContain('Tổng điểm');
    expect(await undo.isEnabled()).toBe(false);
    await shot(page, '05-undone');

    // Rank again, then the pledge for 2026.
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await summary.waitFor();
    await page.getByRole('tab', { name: 'Giao ước' }).click();
    await page.getByRole('heading', { name: 'Giao ước thi đua năm 2026' }).waitFor({ timeout: 20_000 });
    const pledge = page.getByRole('region', { name: 'Giao ước thi đua năm 2026' });
    expect(await pledge.getByRole('listitem').count()).toBeGreaterThan(UNITS.length);
    await shot(page, '06-pledge');
    await page.getByRole('button', { name: 'Ghi trang Giao ước' }).click();
    await page.getByText(/^Đã ghi trang “Giao ước 2026”/).waitFor({ timeout: 20_000 });
    expect(await sheetValues(page, 'Giao ước 2026')).not.toBeNull();
    await shot(page, '07-pledge-written');

    // Writing again asks first.
    await page.getByText('Sổ đã có trang “Giao ước 2026”.').waitFor();
    await page.getByRole('button', { name: 'Ghi trang Giao ước' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Thay trang đã có?' });
    await dialog.waitFor();
    await shot(page, '08-replace-dialog', true);
    await dialog.getByRole('button', { name: 'Thay trang' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Đã ghi trang “Giao ước 2026”/).waitFor();

    // The .docx download (Chromium allows it).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải .docx' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByText(/^Đã tải “.+\.docx” về máy\.$/).waitFor();

    expect(errors).toEqual([]);
    expect(requests.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
    await page.close();
  });

  it('settings are written to Cấu hình; a data error stops the run and its cell is one click away', async () => {
    const { page, errors } = await openPane({ units: 10 });
    await waitInteractive(page);

    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    const flags = page.getByRole('textbox', { name: 'Số Cờ thi đua UBND tỉnh' });
    await flags.waitFor();
    await flags.fill('2');
    await page.getByRole('radio', { name: 'Bầu' }).check();
    await shot(page, '09-settings');
    await page.getByRole('button', { name: 'Lưu vào trang Cấu hình' }).click();
    await page.getByText('Đã ghi 2 mục vào trang Cấu hình.').waitFor();
    const settings = await sheetValues(page, 'Cấu hình');
    const value = (label: string) => settings!.find((r) => r[0] === label)?.[1];
    expect(value('Số Cờ thi đua UBND tỉnh')).toBe(2);
    expect(value('Cách chọn khối trưởng')).toBe('Bầu');

    // A score that is not a number: nothing is written, the address selects the cell.
    await page.evaluate(() =>
      (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook
        .sheet('Chấm điểm')!
        .setValues('C5', [['8,5 điểm']]),
    );
    const before = await sheetValues(page, 'Chấm điểm');
    await page.getByRole('tab', { name: 'Xếp hạng' }).click();
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await page.getByText('Chưa ghi gì vào sổ').waitFor();
    expect(await sheetValues(page, 'Chấm điểm')).toEqual(before);
    await page.getByRole('button', { name: 'Chọn ô Chấm điểm!C5' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.selection))
      .toEqual({ sheet: 'Chấm điểm', address: 'C5' });
    await shot(page, '10-data-error');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the dark Office theme, and the English choice survives a reload', async () => {
    const { page, errors } = await openPane({ units: 12, dark: true });
    await waitInteractive(page);
    // Keyboard only: Tab reaches the language switch, the sections, then Xếp hạng; Enter runs it.
    const focused = () =>
      page.evaluate(() => {
        const e = document.activeElement;
        return `${e?.getAttribute('role') ?? e?.tagName.toLowerCase()}:${e?.textContent?.trim() ?? ''}`;
      });
    const order: string[] = [];
    for (let i = 0; i < 6 && order.at(-1) !== 'button:Xếp hạng'; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['a:Hướng dẫn', 'button:English', 'tab:Xếp hạng', 'button:Xếp hạng']);
    await page.keyboard.press('Enter');
    await page.getByText(/^Đã xếp hạng 12 đơn vị:/).waitFor();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Đơn vị số 1', exact: true }).click();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
    );
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(3 * 80);
    await shot(page, '11-dark');

    await page.getByRole('button', { name: /^Switch to English/ }).click();
    await page.reload();
    await waitInteractive(page, 'Rank');
    await page.getByRole('button', { name: 'Rank', exact: true }).click();
    await page.getByText(/^Ranked 12 units:/).waitFor();
    await page.getByRole('table').waitFor();
    await shot(page, '12-dark-english');
    await page.getByRole('button', { name: /^Chuyển sang tiếng Việt/ }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('outside Excel (Office.js without a host) explains itself instead of a blank pane', async () => {
    const { page, errors, requests } = await openPane(null);
    await page.getByRole('heading', { name: 'Cách cài vào Excel' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('heading', { level: 1, name: 'BlocRank' }).count()).toBe(1);
    await shot(page, '13-outside-excel');
    expect(errors).toEqual([]);
    expect(requests.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
    await page.close();
  });
});
