import { foldText } from '../core/foldText.js';
import { fromA1 } from '../grid/fromA1.js';
import { matchHeader } from '../grid/matchHeader.js';
import { SHEET_NAMES } from '../grid/names.js';
import type { SheetChange } from './actions.js';
import type { ExcelHost } from './_lib/host.js';
import type { Session } from './_lib/session.js';

/** The ballot sheet (DOMAIN.md §10), recognised here until the grid layer names its role. */
const BALLOT_NAMES = new Set(['binh bau', 'ballot']);

/**
 * Whether a change on sheet `name` can change the ranking: the bloc's data sheets (settings, criteria,
 * scores, history, ballot — any role but the pledge BlocRank writes itself).
 *
 * @example isWatchedSheet('Chấm điểm') // true
 * @example isWatchedSheet('Giao ước 2026') // false
 */
export function isWatchedSheet(name: string): boolean {
  const role = matchHeader(name, SHEET_NAMES)?.key;
  if (role !== undefined) return role !== 'pledge';
  return BALLOT_NAMES.has(foldText(name).replace(/\s+/g, ' ').trim());
}

/** Whether `address` (A1 or A1:B2, sheet part ignored) lies entirely in the result columns BlocRank writes. */
export function inResultColumns(session: Session, sheet: string, address: string): boolean {
  const results = session.results;
  if (!results || results.sheet !== sheet) return false;
  const text = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = text.replace(/\$/g, '').split(':');
  const p = fromA1(a!);
  const q = fromA1(b!);
  if (!p || !q) return false;
  for (let col = Math.min(p.col, q.col); col <= Math.max(p.col, q.col); col++) if (!results.cols.has(col)) return false;
  return true;
}

/**
 * Watches the bloc's data sheets with `WorksheetCollection.onChanged` (ExcelApi 1.9, one registration for
 * every sheet, so a `Bình bầu` sheet added later is watched too) and calls `onChange` for an edit that can
 * change the ranking. Changes in the result columns (BlocRank's own writes and undo) are not reported. One
 * sync to learn the sheet ids, one to register; a sheet added later costs one lookup of its name.
 */
export async function watch(
  host: ExcelHost,
  session: Session,
  onChange: (change: SheetChange) => void,
): Promise<() => Promise<void>> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/id');
    await context.sync();
    const names = new Map(sheets.items.map((s) => [s.id, s.name]));
    const nameOf = async (id: string): Promise<string | undefined> => {
      const known = names.get(id);
      if (known !== undefined) return known;
      try {
        const name = await host.run(async (c) => {
          const sheet = c.workbook.worksheets.getItem(id).load('name');
          await c.sync();
          return sheet.name;
        });
        names.set(id, name);
        return name;
      } catch {
        return undefined;
      }
    };
    const registration = sheets.onChanged.add(async (event) => {
      const name = await nameOf(event.worksheetId);
      if (name === undefined || !isWatchedSheet(name) || inResultColumns(session, name, event.address)) return;
      onChange({ sheet: name, address: event.address });
    });
    await context.sync();
    return async () => {
      try {
        registration.remove();
        await registration.context.sync();
      } catch {
        // The pane is closing: Office drops the handler with it.
      }
    };
  });
}
