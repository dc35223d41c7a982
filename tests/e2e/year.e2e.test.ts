// A clerk's whole year in the production task pane (Debian's Chromium, Office.js routed from node_modules,
// the in-memory Excel host): empty workbook → create → fill → rank → settings change → stale → re-rank →
// undo → pledge → reopen, in a Vietnamese and an English pane on a Vietnamese and an English workbook.
// The year-end dossier too: rank → Hồ sơ → Thêm trang Bình bầu → counts → after the vote → biên bản downloaded.
// axe-core (node_modules/axe-core) runs in every state and must report no serious or critical violation.
// A keyboard-only walk covers the same path. Screenshots go to test-results/e2e/year-* (gitignored).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/model';
import { BAND_LABELS } from '../../src/core/labels';
import { SCORE_COLUMNS, SETTING_ITEMS, SHEET_NAMES } from '../../src/grid/names';
import { loadStrings } from '../../src/taskpane/i18n';
import { DOSSIER_TEXT } from '../../src/taskpane/i18n/dossier';
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
  type MemoryGlobal,
} from './harness';
import type { InstallOptions } from './memoryHost';

/** Both dictionaries (English is its own chunk in the pane; here both are simply loaded). */
const STRINGS = { vi: await loadStrings('vi'), en: await loadStrings('en') };

const SHOTS = join(ROOT, 'test-results/e2e');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const OFFICE_TELEMETRY = /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//;
const UNITS = [
  'Văn phòng Tỉnh ủy',
  'Ban Tổ chức Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Dân vận Tỉnh ủy',
  'Ban Nội chính Tỉnh ủy',
];
/** Share of each criterion's maximum: units 3 and 4 tie. */
const SHARES = [0.98, 0.95, 0.9, 0.9, 0.85, 0.7];

if (!CHROMIUM_PATH)
  console.warn('tests/e2e/year.e2e.test.ts skipped: no Chromium at /usr/bin/chromium (or $CHROMIUM).');
if (!existsSync(AXE))
  console.warn('tests/e2e/year.e2e.test.ts: axe-core is not in node_modules; the accessibility checks are skipped.');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: readonly string[] }>;
}

describe.skipIf(!CHROMIUM_PATH)('a clerk’s year in the task pane', () => {
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
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    removeDir(out);
    removeDir(profile);
  });

  async function openPane(install: InstallOptions) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests = await preparePane(page, { memoryHost, install });
    await page.goto(`${server.url}taskpane.html`);
    // A new clerk: no remembered language, so the pane starts in Office's display language.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    return { page, errors, requests };
  }

  /** axe-core in the page: no serious or critical violation (WCAG 2.x A/AA rules). */
  async function checkA11y(page: Page, state: string) {
    if (!existsSync(AXE)) return;
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      // Tabster's focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>, Fluent's focus management)
      // pass focus on the moment they receive it; they are never a place the clerk's focus rests.
      const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
      }));
    });
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, `${state}: ${JSON.stringify(bad)}`).toEqual([]);
  }

  async function shot(page: Page, name: string) {
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  }

  const host = (page: Page) =>
    page.evaluate(() => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheetNames());

  /** The clerk types the bloc name, the units and their scores into the sheets (onChanged fires). */
  async function fill(page: Page, book: Lang) {
    await page.evaluate(
      ({ names, shares, sheets, items, unitHeader, scoreKind }) => {
        const memory = (window as unknown as MemoryGlobal).__blocrankMemory.host;
        const a1 = (row: number, col: number) => {
          let letters = '';
          for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
            letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
          return letters + row;
        };
        const settings = memory.workbook.sheet(sheets.settings)!;
        const labels = settings.values().map((r) => r[0]);
        memory.edit(sheets.settings, a1(labels.indexOf(items.bloc) + 1, 2), [['Khối thi đua các cơ quan Đảng tỉnh']]);
        memory.edit(sheets.settings, a1(labels.indexOf(items.leader) + 1, 2), [[names[0]!]]);
        memory.edit(sheets.settings, a1(labels.indexOf(items.deputy) + 1, 2), [[names[1]!]]);
        const criteria = memory.workbook
          .sheet(sheets.criteria)!
          .values()
          .slice(1)
          .filter((r) => r[0] !== '')
          .map((r) => ({ code: String(r[0]), max: Number(r[3]) || 0, kind: String(r[4]) }));
        const header = memory.workbook.sheet(sheets.scores)!.values()[0]!.map(String);
        names.forEach((name, i) => {
          const row = i + 2;
          const line: Array<string | number | null> = header.map(() => null);
          line[header.indexOf(unitHeader)] = name;
          for (const c of criteria) {
            const col = header.indexOf(c.code);
            if (col >= 0) line[col] = c.kind === scoreKind ? Math.round(c.max * shares[i]! * 2) / 2 : 0;
          }
          memory.edit(sheets.scores, a1(row, 1), [line]);
        });
      },
      {
        names: UNITS,
        shares: SHARES,
        sheets: {
          settings: SHEET_NAMES.settings[book][0],
          criteria: SHEET_NAMES.criteria[book][0],
          scores: SHEET_NAMES.scores[book][0],
        },
        items: {
          bloc: SETTING_ITEMS.bloc[book][0],
          leader: SETTING_ITEMS.leader[book][0],
          deputy: SETTING_ITEMS.deputy[book][0],
        },
        unitHeader: SCORE_COLUMNS.unit[book][0],
        scoreKind: book === 'vi' ? 'Chấm điểm' : 'Score',
      },
    );
  }

  const scoresValues = (page: Page, book: Lang) =>
    page.evaluate(
      (name) => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheet(name)!.values(),
      SHEET_NAMES.scores[book][0],
    );

  for (const [pane, book] of [
    ['vi', 'vi'],
    ['en', 'vi'],
    ['vi', 'en'],
    ['en', 'en'],
  ] as const) {
    it(`${pane} pane, ${book} workbook: empty → create → fill → rank → settings → stale → re-rank → undo → pledge → reopen`, async () => {
      const t = STRINGS[pane];
      const name = `year-${pane}-pane-${book}-book`;
      const { page, errors, requests } = await openPane({
        persist: true,
        displayLanguage: pane === 'en' ? 'en-US' : 'vi-VN',
      });
      const rankButton = page.getByRole('button', { name: t.rank.run, exact: true });

      // Empty workbook.
      await page.getByRole('heading', { name: t.start.title }).waitFor({ timeout: 30_000 });
      await checkA11y(page, 'start');

      // Create, in the workbook's language; Năm is this year.
      await page.getByRole('radio', { name: book === 'vi' ? t.start.vietnamese : t.start.english }).check();
      await page.getByRole('button', { name: t.start.create }).click();
      await page.getByRole('list', { name: t.flow.checklistTitle }).waitFor({ timeout: 30_000 });
      expect(await host(page)).toEqual(expect.arrayContaining([SHEET_NAMES.scores[book][0]]));
      const settingsSheet = await page.evaluate(
        (n) => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheet(n)!.values(),
        SHEET_NAMES.settings[book][0],
      );
      expect(settingsSheet.find((r) => r[0] === SETTING_ITEMS.year[book][0])?.[1]).toBe(new Date().getFullYear());
      const checklist = page.getByRole('list', { name: t.flow.checklistTitle });
      expect(await checklist.textContent()).toContain(`${t.flow.checkYear} — ${t.flow.checkDone}`);
      expect(await checklist.textContent()).toContain(`${t.flow.checkBloc} — ${t.flow.checkTodo}`);
      await checkA11y(page, 'created');
      await shot(page, `${name}-1-checklist`);

      // Fill: the checklist follows the clerk's typing and goes away when all is there.
      await fill(page, book);
      await checklist.waitFor({ state: 'detached', timeout: 15_000 });

      // Rank: the cells are in the workbook's language, whatever the pane's.
      await rankButton.click();
      const table = page.getByRole('table', { name: t.rank.table });
      await table.waitFor({ timeout: 30_000 });
      expect(await table.getByRole('row').count()).toBe(UNITS.length + 1);
      let sheet = await scoresValues(page, book);
      const header = sheet[0]!.map(String);
      const gradeCol = header.indexOf(book === 'vi' ? 'Xếp loại' : 'Grade');
      expect(gradeCol).toBeGreaterThan(0);
      const gradeLabels = Object.values(BAND_LABELS).map((l) => l[book]);
      for (const row of sheet.slice(1, UNITS.length + 1)) expect(gradeLabels).toContain(row[gradeCol]);
      await page.getByRole('button', { name: UNITS[1], exact: true }).click();
      await checkA11y(page, 'ranked');
      await shot(page, `${name}-2-ranked`);
      const firstRanking = sheet;

      // A settings change: saved by its button only, and the results are now stale.
      await page.getByRole('tab', { name: t.app.tabSettings }).click();
      const flags = page.getByRole('textbox', { name: t.settings.provincialFlags });
      await flags.waitFor({ timeout: 20_000 });
      await flags.fill('2');
      await flags.press('Enter');
      await page.waitForTimeout(200);
      expect(
        (
          await page.evaluate(
            (n) => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheet(n)!.values(),
            SHEET_NAMES.settings[book][0],
          )
        ).find((r) => r[0] === SETTING_ITEMS.provincialFlags[book][0])?.[1] ?? 1,
      ).not.toBe(2);
      await page.getByRole('button', { name: t.settings.save }).click();
      await page.getByText(t.settings.saved('1')).waitFor({ timeout: 20_000 });
      await checkA11y(page, 'settings saved');
      await shot(page, `${name}-settings`);
      await page.getByRole('tab', { name: t.app.tabRank }).click();
      await page.getByText(t.flow.stale, { exact: true }).waitFor();
      await checkA11y(page, 'stale');
      await shot(page, `${name}-3-stale`);

      // One click ranks again.
      await page.getByRole('button', { name: t.flow.rerank }).click();
      await page.getByText(t.flow.stale, { exact: true }).waitFor({ state: 'detached', timeout: 20_000 });
      sheet = await scoresValues(page, book);
      expect(sheet).not.toEqual(firstRanking);

      // Undo: back to the first ranking.
      await page.getByRole('button', { name: t.rank.undoLabel }).click();
      await page.getByText(t.rank.undone).waitFor({ timeout: 20_000 });
      const undone = await scoresValues(page, book);
      expect(undone.map((r) => r.slice(0, gradeCol + 3))).toEqual(firstRanking.map((r) => r.slice(0, gradeCol + 3)));
      await checkA11y(page, 'undone');

      // Pledge sheet.
      await page.getByRole('tab', { name: t.app.tabPledge }).click();
      await page
        .getByRole('button', { name: t.pledge.write })
        .and(page.locator('[aria-disabled="false"], :not([aria-disabled])'))
        .waitFor({ timeout: 30_000 });
      await checkA11y(page, 'pledge');
      await page.getByRole('button', { name: t.pledge.write }).click();
      await page.getByText(t.pledge.written(`Giao ước ${new Date().getFullYear() + 1}`)).waitFor({ timeout: 30_000 });

      // Rank again (so there is an undo to keep), then close the pane and reopen the workbook.
      await page.getByRole('tab', { name: t.app.tabRank }).click();
      await rankButton.click();
      await page.getByText(t.flow.undoDocument).waitFor({ timeout: 20_000 });
      const beforeReopen = await scoresValues(page, book);
      await page.reload();
      const reopened = page.getByRole('table', { name: t.rank.table });
      await reopened.waitFor({ timeout: 30_000 });
      await page.getByText(t.flow.storedFresh).waitFor();
      expect(await reopened.getByRole('row').count()).toBe(UNITS.length + 1);
      expect(await scoresValues(page, book)).toEqual(beforeReopen);
      await checkA11y(page, 'reopened');
      await shot(page, `${name}-4-reopened`);
      // The undo survived closing the pane.
      const undo = page.getByRole('button', { name: t.rank.undoLabel });
      await expect.poll(() => undo.isEnabled(), { timeout: 10_000 }).toBe(true);
      await undo.click();
      await page.getByText(t.rank.undone).waitFor({ timeout: 20_000 });

      expect(errors).toEqual([]);
      expect(requests.blocked.filter((u) => !OFFICE_TELEMETRY.test(u))).toEqual([]);
      await page.evaluate(() => sessionStorage.clear());
      await page.close();
    });
  }

  it('Mở ví dụ: the bundled Bắc Ninh 2018 example in an empty workbook ranks to the real 1 + 2 + 4', async () => {
    const { page, errors } = await openPane({ displayLanguage: 'vi-VN' });
    await page.getByRole('heading', { name: STRINGS.vi.start.title }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: STRINGS.vi.flow.openExample }).click();
    await page
      .getByRole('button', { name: 'Xếp hạng', exact: true })
      .and(page.locator(':not([aria-disabled="true"])'))
      .waitFor({ timeout: 30_000 });
    expect(await host(page)).toEqual(['Sheet1', 'Cấu hình', 'Tiêu chí', 'Chấm điểm']);
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    const summary = page.getByText(/^Đã xếp hạng 11 đơn vị:/);
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.textContent()).toMatch(/01 đề nghị Cờ thi đua của Chính phủ, 02 Cờ UBND tỉnh, 04 Bằng khen/);
    await checkA11y(page, 'example ranked');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Hồ sơ: rank → Thêm trang Bình bầu → counts typed → proposals after the vote → the biên bản downloaded', async () => {
    const t = STRINGS.vi;
    const { page, errors } = await openPane({ displayLanguage: 'vi-VN' });
    await page.getByRole('heading', { name: t.start.title }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: t.flow.openExample }).click();
    const rankButton = page.getByRole('button', { name: t.rank.run, exact: true });
    await rankButton.and(page.locator(':not([aria-disabled="true"])')).waitFor({ timeout: 30_000 });
    await rankButton.click();
    await page.getByText(/^Đã xếp hạng 11 đơn vị:/).waitFor({ timeout: 30_000 });

    // No ballot sheet yet: the ranking's 1 + 2 + 4 proposals, every one waiting for the vote.
    await page.getByRole('tab', { name: t.app.tabDossier }).click();
    const proposals = page.getByRole('list', { name: DOSSIER_TEXT.vi.proposals });
    await proposals.waitFor({ timeout: 30_000 });
    expect(await proposals.locator('[data-status="pending"]').count()).toBe(await proposals.getByRole('listitem').count());
    const add = page.getByRole('button', { name: DOSSIER_TEXT.vi.addBallot });
    await checkA11y(page, 'dossier without a ballot');
    await shot(page, 'dossier-1-no-ballot');

    // Thêm trang Bình bầu, from the keyboard: Tab reaches the button, Enter presses it.
    await page.getByRole('tab', { name: t.app.tabDossier }).focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => document.activeElement?.textContent?.trim() === name, DOSSIER_TEXT.vi.addBallot);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(DOSSIER_TEXT.vi.added('Bình bầu'), { exact: false }).first().waitFor({ timeout: 30_000 });
    const ballot = await page.evaluate(
      () => (window as unknown as MemoryGlobal).__blocrankMemory.host.workbook.sheet('Bình bầu')!.values(),
    );
    expect(ballot[0]).toEqual(['STT', 'Đơn vị', 'Xếp hạng', 'Đề nghị theo kết quả xếp hạng', 'Cờ thi đua Chính phủ', 'Cờ thi đua UBND tỉnh', 'Bằng khen']);
    const candidates = ballot.slice(1).filter((r) => r[1] !== '');
    expect(candidates.length).toBeGreaterThanOrEqual(7);
    expect(candidates.every((r) => r[4] === '' && r[5] === '' && r[6] === '')).toBe(true);
    await add.waitFor({ state: 'detached', timeout: 20_000 });

    // The clerk types the meeting's counts: every proposal 9 of the voters, the last certificate 3 (below 80 %).
    const counts = candidates.map((r, i) => {
      const proposed = String(r[3]);
      const line: Array<number | null> = [
        /Chính phủ/.test(proposed) ? 9 : null,
        /Cờ thi đua của UBND tỉnh/.test(proposed) ? 9 : null,
        /Bằng khen/.test(proposed) ? (i === candidates.length - 1 ? 3 : 9) : null,
      ];
      return line;
    });
    await page.evaluate((values) => {
      const memory = (window as unknown as MemoryGlobal).__blocrankMemory.host;
      values.forEach((line, i) => memory.edit('Bình bầu', `E${i + 2}`, [line]));
    }, counts);
    const failed = proposals.locator('[data-status="failed"]');
    await failed.first().waitFor({ timeout: 20_000 });
    expect(await failed.count()).toBe(1);
    expect(await failed.textContent()).toMatch(/Không đạt.*3\/\d+ phiếu, \d+,\d\s%/);
    expect(await proposals.locator('[data-status="passed"]').first().textContent()).toMatch(/Đạt.*9\/\d+ phiếu, \d+(,\d)?\s%/);
    expect(await proposals.locator('[data-status="pending"]').count()).toBe(0);
    await checkA11y(page, 'dossier after the vote');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page.screenshot({ path: join(SHOTS, 'year-dossier.png'), fullPage: true });

    // The biên bản, downloaded under the CLI's name, with the vote in it.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: DOSSIER_TEXT.vi.kinds.bienBan }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('bien-ban-binh-xet-2018.docx');
    const path = await download.path();
    const { unzipSync, strFromU8 } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
    expect(xml).toContain('BIÊN BẢN');
    expect(xml).toMatch(/3\/\d+ phiếu/);
    await page.getByText(DOSSIER_TEXT.vi.downloaded('bien-ban-binh-xet-2018.docx')).first().waitFor({ timeout: 20_000 });
    // Said to screen readers through the pane's one live region.
    await expect
      .poll(() => page.getByTestId('announcer').textContent(), { timeout: 10_000 })
      .toBe(DOSSIER_TEXT.vi.downloaded('bien-ban-binh-xet-2018.docx'));
    await checkA11y(page, 'dossier downloaded');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dark theme, live theme change, and 200 px: no serious accessibility violation, names reflow', async () => {
    const { page, errors } = await openPane({ units: 8, dark: true });
    await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
    await page.getByRole('table').waitFor({ timeout: 30_000 });
    await checkA11y(page, 'dark ranked');
    await shot(page, 'year-dark');
    // Office switches to the light theme while the pane is open.
    await page.evaluate(() =>
      (window as unknown as { __blocrankMemory: { setDark(d: boolean): void } }).__blocrankMemory.setDark(false),
    );
    await expect
      .poll(
        () => page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor),
        { timeout: 10_000 },
      )
      .toBe('rgb(255, 255, 255)');
    await page.setViewportSize({ width: 200, height: 900 });
    // A unit name wraps by words: no line of the name is a single letter.
    const widths = await page.evaluate(() => {
      const button = [...document.querySelectorAll('table button')].find((b) =>
        b.textContent?.includes('Đơn vị số 1'),
      )!;
      return { name: button.getBoundingClientRect().width, page: document.documentElement.scrollWidth };
    });
    expect(widths.name).toBeGreaterThan(60);
    expect(widths.page).toBeLessThanOrEqual(200);
    await checkA11y(page, '200 px');
    await shot(page, 'year-200px');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keyboard only: create, rank, open the settings, save, rank again', async () => {
    const { page, errors } = await openPane({ persist: false, displayLanguage: 'vi-VN' });
    await page.getByRole('heading', { name: STRINGS.vi.start.title }).waitFor({ timeout: 30_000 });
    /** Presses Tab until the focused element has this accessible text; fails after 40 presses. */
    const tabTo = async (text: string, role?: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement | null;
          const r = e?.getAttribute('role') ?? e?.tagName.toLowerCase() ?? '';
          return `${r}|${e?.getAttribute('aria-label') ?? ''}|${e?.textContent?.trim() ?? ''}|${(e as HTMLInputElement | null)?.labels?.[0]?.textContent ?? ''}`;
        });
        const [r, ...names] = label.split('|');
        if (names.some((p) => p === text) && (role === undefined || r === role)) return;
      }
      throw new Error(`Tab never reached “${text}”`);
    };
    await tabTo(STRINGS.vi.start.create);
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: STRINGS.vi.flow.checklistTitle }).waitFor({ timeout: 30_000 });
    await fill(page, 'vi');
    await page
      .getByRole('list', { name: STRINGS.vi.flow.checklistTitle })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await tabTo('Xếp hạng', 'button');
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor({ timeout: 30_000 });
    // Focus is on a visible element after the run, never lost to <body>.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    // The tabs: arrow keys move between sections.
    await tabTo('Xếp hạng', 'tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    // The settings section loads on first visit.
    await page.getByRole('textbox', { name: STRINGS.vi.settings.provincialFlags }).waitFor({ timeout: 20_000 });
    await tabTo(STRINGS.vi.settings.provincialFlags);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await tabTo(STRINGS.vi.settings.save);
    await page.keyboard.press('Enter');
    await page.getByText(STRINGS.vi.settings.saved('1')).waitFor({ timeout: 20_000 });
    // Back to the ranking: the results are stale; "Xếp hạng lại" is reachable and runs.
    await page.keyboard.press('Shift+Tab');
    await tabTo('Cài đặt', 'tab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await tabTo(STRINGS.vi.flow.rerank, 'button');
    await page.keyboard.press('Enter');
    await page.getByText(STRINGS.vi.flow.stale, { exact: true }).waitFor({ state: 'detached', timeout: 20_000 });
    await checkA11y(page, 'keyboard walk');
    expect(errors).toEqual([]);
    await page.close();
  });
});
