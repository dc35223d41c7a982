/**
 * An in-memory Excel host: the subset of the Excel JavaScript API that src/excel uses, faithful where
 * it matters for correctness — commands are queued on proxy objects and run in order at `context.sync()`;
 * a property read before `load` + `sync` throws `PropertyNotLoaded`; an unknown property in `load` or an
 * assignment to a misspelt member throws (proxies are sealed); a failing command rejects the sync and
 * stops the batch (commands before it stay applied, as in Excel); `values` / `formulas` are parsed like
 * typed input (`=…` becomes a formula, `12` a number, `TRUE` a boolean, `#N/A` an error, `'x` quote-
 * prefixed text) unless the cell's number format is Text (`@`); and every sync measures its request and
 * response payloads and refuses one over the limits (Excel on the web: 5 MB each way).
 *
 * Pure TypeScript without Node or DOM imports: unit tests use it directly, the browser end-to-end test
 * bundles it and calls `installMemoryExcel(globalThis)` so the production task pane runs in a plain page.
 *
 * @example
 * const excel = new MemoryExcel();
 * excel.workbook.addSheet('Chấm điểm', [['STT', 'Đơn vị']]);
 * const actions = createBlocActions({ run: excel.run });
 */
import { fromA1 } from '../../grid/fromA1.js';
import { toA1 } from '../../grid/toA1.js';

// ---- the workbook data ---------------------------------------------------------------------------

/** A cell's stored value: `''` is blank. */
export type MemoryValue = string | number | boolean;

export interface MemoryFill {
  /** `#RRGGBB`. */
  readonly color: string;
  readonly pattern: 'Solid' | 'None';
}

export interface MemoryFont {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly size: number;
  readonly name: string;
  readonly color: string;
}

export interface MemoryBorder {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** Everything a cell holds, with Excel's defaults filled in. */
export interface MemoryCell {
  readonly value: MemoryValue;
  /** The error value (`#N/A`, `#NAME?` …) when the cell holds one; `value` is then its text. */
  readonly error: string | null;
  /** The formula (`=…`) when the cell holds one. */
  readonly formula: string | null;
  /** Text entered with a leading apostrophe (Excel's quote prefix). */
  readonly quotePrefix: boolean;
  readonly numberFormat: string;
  readonly fill: MemoryFill;
  readonly font: MemoryFont;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly borders: Readonly<Record<string, MemoryBorder>>;
}

interface CellData {
  value: MemoryValue;
  error?: string;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  fill?: MemoryFill;
  font?: Partial<MemoryFont>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, MemoryBorder>;
}

const DEFAULT_FILL: MemoryFill = { color: '#FFFFFF', pattern: 'None' };
const DEFAULT_FONT: MemoryFont = {
  bold: false,
  italic: false,
  underline: 'None',
  size: 11,
  name: 'Calibri',
  color: '#000000',
};
const ERROR_TEXT =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?$/;
/** Default column width and row height in points (Calibri 11). */
const DEFAULT_COLUMN_WIDTH = 48;
const DEFAULT_ROW_HEIGHT = 15;

export interface MemoryValidation {
  /** A1 range, e.g. `C2:C10`. */
  readonly address: string;
  readonly rule: unknown;
  readonly errorAlert?: unknown;
  readonly ignoreBlanks?: boolean;
}

export interface MemoryPageLayout {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
}

/** One worksheet: cells as rows of sparse arrays (0-based inside, 1-based in the public helpers). */
let nextSheetId = 1;

export class MemorySheet {
  name: string;
  /** Excel's worksheet id (a GUID in Excel; a stable counter here). */
  readonly id = `{00000000-0000-0000-0000-${String(nextSheetId++).padStart(12, '0')}}`;
  /** The workbook the sheet belongs to (for the results of formulas, see `MemoryWorkbook.formulaResults`). */
  book: MemoryWorkbook | null = null;
  /** @internal */ rows: Array<Array<CellData | undefined> | undefined> = [];
  readonly merges: string[] = [];
  readonly validations: MemoryValidation[] = [];
  frozenRows = 0;
  /** Manual page breaks: the 1-based rows a new page starts at (`horizontalPageBreaks.add`). */
  readonly pageBreaksBefore: number[] = [];
  /** Column widths in points, by 1-based column (set ones only). */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by 1-based row (set ones only). */
  readonly rowHeights = new Map<number, number>();
  readonly pageLayout: MemoryPageLayout = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    centerHorizontally: false,
    zoom: { scale: 100 },
  };

  constructor(name: string) {
    this.name = name;
  }

  /** Everything cell (row, col) holds, 1-based. */
  cell(row: number, col: number): MemoryCell {
    return describe(this.data(row - 1, col - 1));
  }

  /** Everything a cell holds, by A1 reference. */
  at(a1: string): MemoryCell {
    const p = parseCell(a1);
    return this.cell(p.row + 1, p.col + 1);
  }

  /** Stores values as they are (strings stay text, `null` and `''` blank), from the A1 cell given. */
  setValues(topLeft: string, values: ReadonlyArray<ReadonlyArray<MemoryValue | null>>): void {
    const p = parseCell(topLeft);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = this.mutable(p.row + r, p.col + c);
        cell.value = v ?? '';
        delete cell.formula;
        delete cell.error;
        delete cell.quotePrefix;
      }),
    );
  }

  /**
   * Stores a formula with the value Excel would show for it. This host does not calculate: the value is
   * remembered as the formula's result, so writing the same formula again (e.g. an undo) shows it again.
   */
  setFormula(a1: string, formula: string, value: MemoryValue = 0): void {
    const p = parseCell(a1);
    const cell = this.mutable(p.row, p.col);
    cell.formula = formula;
    cell.value = value;
    delete cell.error;
    this.book?.formulaResults.set(formula, value);
  }

  /** Stores an error value such as `#N/A`. */
  setError(a1: string, error: string): void {
    const p = parseCell(a1);
    const cell = this.mutable(p.row, p.col);
    cell.value = error;
    cell.error = error;
    delete cell.formula;
  }

  /** The used range's values from A1 (blank `''`), as `Range.values` gives them. */
  values(): MemoryValue[][] {
    const used = this.usedBounds(true);
    if (!used) return [];
    const out: MemoryValue[][] = [];
    for (let r = 0; r <= used.bottom; r++) {
      const row: MemoryValue[] = [];
      for (let c = 0; c <= used.right; c++) row.push(this.rows[r]?.[c]?.value ?? '');
      out.push(row);
    }
    return out;
  }

  /** A deep copy of every cell (for before/after comparisons in tests), keyed by A1 reference. */
  snapshot(): Map<string, MemoryCell> {
    const out = new Map<string, MemoryCell>();
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell) out.set(toA1(r + 1, c + 1), describe(cell));
      }),
    );
    return out;
  }

  /** 0-based bounds of the used range: cells with a value (and, unless `valuesOnly`, any format). */
  usedBounds(valuesOnly: boolean): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.value !== '' || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
        if (!used) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** @internal */
  data(r: number, c: number): CellData | undefined {
    return this.rows[r]?.[c];
  }

  /** @internal */
  mutable(r: number, c: number): CellData {
    let row = this.rows[r];
    if (!row) row = this.rows[r] = [];
    let cell = row[c];
    if (!cell) cell = row[c] = { value: '' };
    return cell;
  }
}

function hasFormat(cell: CellData): boolean {
  return (
    cell.numberFormat !== undefined ||
    cell.fill !== undefined ||
    cell.font !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.verticalAlignment !== undefined ||
    cell.wrapText !== undefined ||
    cell.indentLevel !== undefined ||
    cell.borders !== undefined
  );
}

function describe(cell: CellData | undefined): MemoryCell {
  return {
    value: cell?.value ?? '',
    error: cell?.error ?? null,
    formula: cell?.formula ?? null,
    quotePrefix: cell?.quotePrefix ?? false,
    numberFormat: cell?.numberFormat ?? 'General',
    fill: cell?.fill ?? DEFAULT_FILL,
    font: { ...DEFAULT_FONT, ...cell?.font },
    horizontalAlignment: cell?.horizontalAlignment ?? 'General',
    verticalAlignment: cell?.verticalAlignment ?? 'Bottom',
    wrapText: cell?.wrapText ?? false,
    indentLevel: cell?.indentLevel ?? 0,
    borders: { ...cell?.borders },
  };
}

/** The workbook: sheets in tab order, the active sheet and the selection. */
export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  /** What formulas evaluate to (this host does not calculate); unknown formulas show `#NAME?`. */
  readonly formulaResults = new Map<string, MemoryValue>();
  active: MemorySheet | null = null;
  selection: { readonly sheet: string; readonly address: string } | null = null;
  /**
   * The document's add-in settings (`Office.context.document.settings`) as last saved with `saveAsync`:
   * kept with the workbook, so a pane opened again on it finds them.
   */
  readonly settings = new Map<string, unknown>();

  /** Adds a sheet (values stored as they are); throws when the name is taken. */
  addSheet(name: string, values?: ReadonlyArray<ReadonlyArray<MemoryValue | null>>): MemorySheet {
    if (this.sheet(name)) throw new Error(`MemoryWorkbook: sheet "${name}" exists`);
    const sheet = new MemorySheet(name);
    sheet.book = this;
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    if (values) sheet.setValues('A1', values);
    return sheet;
  }

  /** The sheet of that name (case-insensitive, as in Excel), or undefined. */
  sheet(name: string): MemorySheet | undefined {
    const key = name.toLocaleUpperCase();
    return this.sheets.find((s) => s.name.toLocaleUpperCase() === key);
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
}

// ---- errors ---------------------------------------------------------------------------------------

/** What Excel throws: a `RichApi.Error` with a `code` such as `ItemNotFound` or `PropertyNotLoaded`. */
export class MemoryExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

const fail = (code: string, message: string): never => {
  throw new MemoryExcelError(code, message);
};

// ---- the host ------------------------------------------------------------------------------------

export interface MemoryExcelOptions {
  readonly workbook?: MemoryWorkbook;
  /** Largest request payload of one sync, in bytes of JSON (default 5 MB, Excel on the web's limit). */
  readonly requestLimit?: number;
  /** Largest response payload of one sync (default 5 MB). */
  readonly responseLimit?: number;
}

export interface SyncRecord {
  readonly commands: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly failed: string | null;
}

/** Excel on the web refuses requests and responses above 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** A host: `run` is a stand-in for `Excel.run`; `syncs` records every request sent. */
export class MemoryExcel {
  readonly workbook: MemoryWorkbook;
  readonly requestLimit: number;
  readonly responseLimit: number;
  /** Every sync of every run, in order. */
  readonly syncs: SyncRecord[] = [];
  runs = 0;

  constructor(options: MemoryExcelOptions = {}) {
    this.workbook = options.workbook ?? new MemoryWorkbook();
    this.requestLimit = options.requestLimit ?? WEB_PAYLOAD_LIMIT;
    this.responseLimit = options.responseLimit ?? WEB_PAYLOAD_LIMIT;
    this.run = this.run.bind(this);
  }

  /** `Excel.run`: a fresh request context for the batch; pending commands are sent at the end. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const context = new MemoryContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending()) await context.flush();
    return result;
  }

  /** @internal Handlers of `worksheets.onChanged`. */
  readonly changeHandlers = new Set<(event: Excel.WorksheetChangedEventArgs) => unknown>();

  /** @internal Fires `onChanged` for a rectangle whose values changed (after the current task, as Excel does). */
  changed(sheet: MemorySheet, top: number, left: number, rows: number, cols: number): void {
    if (this.changeHandlers.size === 0) return;
    const address = rectAddress({ sheet, top, left, rows, cols }).split('!')[1]!;
    const event = {
      type: 'WorksheetChanged',
      source: 'Local',
      changeType: 'RangeEdited',
      worksheetId: sheet.id,
      address,
    } as unknown as Excel.WorksheetChangedEventArgs;
    for (const handler of [...this.changeHandlers]) setTimeout(() => void handler(event), 0);
  }

  /**
   * The clerk types into the sheet (outside the add-in): values parsed as typed input, then `onChanged`
   * fires for the range, as in Excel.
   */
  edit(sheetName: string, topLeft: string, values: ReadonlyArray<ReadonlyArray<MemoryValue | null>>): void {
    const sheet = this.workbook.sheet(sheetName) ?? fail('ItemNotFound', `No sheet "${sheetName}".`);
    const p = parseCell(topLeft);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) writeInput(sheet.mutable(p.row + r, p.col + c), v, sheet);
      }),
    );
    const cols = Math.max(1, ...values.map((r) => r.length));
    this.changed(sheet, p.row, p.col, Math.max(1, values.length), cols);
  }

  /** Forgets the recorded syncs and runs. */
  resetStats(): void {
    this.syncs.length = 0;
    this.runs = 0;
  }
}

/** Installs a global `Office` and `Excel` backed by `host`, so a bundled task pane runs in a plain page. */
export function installMemoryExcel(target: object, host: MemoryExcel = new MemoryExcel()): MemoryExcel {
  const g = target as Record<string, unknown>;
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = (typeof g.Office === 'object' && g.Office !== null ? g.Office : {}) as Record<string, unknown>;
  const define = (obj: Record<string, unknown>, key: string, value: unknown) => {
    try {
      Object.defineProperty(obj, key, { value, configurable: true, writable: true, enumerable: true });
    } catch {
      obj[key] = value;
    }
  };
  define(office, 'onReady', (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  });
  define(office, 'HostType', { ...(office.HostType as object | undefined), Excel: 'Excel' });
  define(office, 'PlatformType', { ...(office.PlatformType as object | undefined), OfficeOnline: 'OfficeOnline' });
  const stored = host.workbook.settings;
  const session = new Map<string, unknown>(stored);
  const settings = {
    get: (name: string) => (session.has(name) ? session.get(name) : null),
    set: (name: string, value: unknown) => void session.set(name, JSON.parse(JSON.stringify(value)) as unknown),
    remove: (name: string) => void session.delete(name),
    saveAsync: (callback?: (r: { status: string }) => void) => {
      stored.clear();
      for (const [k, v] of session) stored.set(k, v);
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
  define(office, 'context', {
    document: { settings },
    host: 'Excel',
    platform: 'OfficeOnline',
    displayLanguage: 'vi-VN',
    contentLanguage: 'vi-VN',
    requirements: { isSetSupported: () => true },
    officeTheme: {
      bodyBackgroundColor: '#FFFFFF',
      bodyForegroundColor: '#000000',
      controlBackgroundColor: '#FFFFFF',
      controlForegroundColor: '#000000',
    },
  });
  define(g, 'Office', office);
  const excel = (typeof g.Excel === 'object' && g.Excel !== null ? g.Excel : {}) as Record<string, unknown>;
  define(excel, 'run', host.run);
  define(g, 'Excel', excel);
  return host;
}

// ---- request context and commands ----------------------------------------------------------------

interface Command {
  readonly bytes: number;
  /** Runs the command; returns the response bytes and an optional commit of loaded values. */
  run(): { readonly bytes: number; readonly commit?: () => void } | void;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(1 << 16);
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** JSON size of a value in bytes (UTF-8), without building the string. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'string': {
      if (value.length * 3 > scratch.length) scratch = new Uint8Array(value.length * 3);
      let n = 2 + encoder.encodeInto(value, scratch).written;
      if (!NEEDS_ESCAPE.test(value)) return n;
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c === 0x22 || c === 0x5c) n += 1;
        else if (c < 0x20) n += 5;
      }
      return n;
    }
    case 'object': {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += jsonBytes(v);
        return n;
      }
      let n = 1;
      const record = value as Record<string, unknown>;
      for (const k in record) {
        const v = record[k];
        if (v === undefined) continue;
        n += k.length + 4 + jsonBytes(v);
      }
      return n + 1;
    }
    default:
      return 4;
  }
}

/** Bytes a command costs in the request besides its arguments (object path, ids, names). */
const COMMAND_OVERHEAD = 64;

class MemoryContext {
  readonly workbook: WorkbookProxy;
  private queue: Command[] = [];
  constructor(readonly host: MemoryExcel) {
    // Not sealed: tests spy on `sync`, as they would on Office.js's RequestContext.
    this.workbook = new WorkbookProxy(this);
  }

  /** @internal */
  enqueue(bytes: number, run: Command['run']): void {
    this.queue.push({ bytes: COMMAND_OVERHEAD + bytes, run });
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  /** Sends the queued commands: they run in order; loaded values reach their proxies on success. */
  async sync(): Promise<void> {
    await this.flush();
  }

  /** @internal */
  async flush(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const requestBytes = commands.reduce((n, c) => n + c.bytes, 0);
    const record = (responseBytes: number, failed: string | null) =>
      this.host.syncs.push({ commands: commands.length, requestBytes, responseBytes, failed });
    await Promise.resolve();
    if (requestBytes > this.host.requestLimit) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      fail('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) is over the limit.`);
    }
    const commits: Array<() => void> = [];
    let responseBytes = 0;
    for (const command of commands) {
      try {
        const r = command.run();
        if (r) {
          responseBytes += r.bytes;
          if (r.commit) commits.push(r.commit);
        }
      } catch (error) {
        record(responseBytes, error instanceof MemoryExcelError ? error.code : 'GeneralException');
        throw error;
      }
    }
    if (responseBytes > this.host.responseLimit) {
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      fail('ResponsePayloadSizeLimitExceeded', `The response payload (${responseBytes} bytes) is over the limit.`);
    }
    record(responseBytes, null);
    for (const commit of commits) commit();
  }
}

// ---- proxies --------------------------------------------------------------------------------------

/** A proxy object: loaded values live in `loaded`; reading one that was not loaded throws. */
abstract class ClientObject {
  /** @internal */ loaded = new Map<string, unknown>();
  constructor(readonly context: MemoryContext) {}

  /** @internal */
  get$(name: string): never | unknown {
    if (!this.loaded.has(name)) {
      fail(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name);
  }

  /** The properties `load` accepts. */
  protected abstract loadable(): Readonly<Record<string, () => unknown>>;
  /** The object the proxy stands for at the moment a command runs (null for a null object). */
  protected abstract target(): unknown;

  get isNullObject(): boolean {
    return this.get$('isNullObject') as boolean;
  }

  load(names?: string | string[] | { select?: string }): this {
    const list = normaliseLoad(names);
    const getters = this.loadable();
    for (const name of list) if (!(name in getters)) fail('InvalidArgument', `Cannot load '${name}'.`);
    this.context.enqueue(jsonBytes(list), () => {
      const isNull = this.target() === null;
      const values = new Map<string, unknown>();
      let bytes = 16;
      for (const name of list) {
        const v = isNull ? null : getters[name]!();
        values.set(name, v);
        bytes += jsonBytes(name) + jsonBytes(v) + 1;
      }
      return {
        bytes,
        commit: () => {
          this.loaded.set('isNullObject', isNull);
          for (const [k, v] of values) this.loaded.set(k, v);
        },
      };
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function normaliseLoad(names?: string | string[] | { select?: string }): string[] {
  if (names === undefined) return [];
  const text = Array.isArray(names) ? names.join(',') : typeof names === 'string' ? names : (names.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A value known only after a sync (`OfficeExtension.ClientResult`). */
class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  get value(): T {
    if (!this.has) fail('PropertyNotLoaded', 'The value of the result object has not been loaded yet.');
    return this.v as T;
  }
  /** @internal */
  set$(v: T): void {
    this.v = v;
    this.has = true;
  }
}

class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(context: MemoryContext) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    Object.seal(this);
  }
  protected loadable() {
    return {};
  }
  protected target() {
    return this.context.host.workbook;
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.host.workbook.active ?? fail('ItemNotFound', 'No sheet.'));
  }
}

class WorksheetCollectionProxy extends ClientObject {
  constructor(context: MemoryContext) {
    super(context);
    Object.seal(this);
  }
  private get book(): MemoryWorkbook {
    return this.context.host.workbook;
  }
  protected loadable() {
    return {};
  }
  protected target() {
    return this.book;
  }

  get items(): WorksheetProxy[] {
    return this.get$('items') as WorksheetProxy[];
  }

  override load(names?: string | string[] | { select?: string }): this {
    const list = normaliseLoad(names);
    const props = list.map((p) => {
      const m = /^items\/(name|position|visibility|id)$/.exec(p);
      if (!m) fail('InvalidArgument', `Cannot load '${p}' on a worksheet collection.`);
      return m![1]!;
    });
    this.context.enqueue(jsonBytes(list), () => {
      const sheets = [...this.book.sheets];
      const data = sheets.map((s, i) => ({ name: s.name, position: i, visibility: 'Visible', id: s.id }));
      const bytes = jsonBytes(data.map((d) => Object.fromEntries(props.map((p) => [p, d[p as keyof typeof d]]))));
      return {
        bytes,
        commit: () => {
          const items = sheets.map((s, i) => {
            const proxy = new WorksheetProxy(this.context, () =>
              this.book.sheets.includes(s) ? s : fail('ItemNotFound', `The sheet "${s.name}" was deleted.`),
            );
            for (const p of props) proxy.loaded.set(p, data[i]![p as keyof (typeof data)[number]]);
            proxy.loaded.set('isNullObject', false);
            return proxy;
          });
          this.loaded.set('items', items);
        },
      };
    });
    return this;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => this.book.sheet(key) ?? this.book.sheets.find((s) => s.id === key) ?? fail('ItemNotFound', `No sheet "${key}".`),
    );
  }

  /** `WorksheetCollection.onChanged` (ExcelApi 1.9): registered when the request runs. */
  get onChanged(): { add(handler: (event: Excel.WorksheetChangedEventArgs) => unknown): { context: MemoryContext; remove(): void } } {
    const host = this.context.host;
    const context = this.context;
    return {
      add: (handler) => {
        context.enqueue(16, () => void host.changeHandlers.add(handler));
        return { context, remove: () => context.enqueue(16, () => void host.changeHandlers.delete(handler)) };
      },
    };
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book.sheet(name) ?? null);
  }

  add(name?: string): WorksheetProxy {
    let created: MemorySheet | null = null;
    this.context.enqueue(jsonBytes(name ?? ''), () => {
      const sheetName = name ?? `Sheet${this.book.sheets.length + 1}`;
      checkSheetName(sheetName);
      if (this.book.sheet(sheetName)) fail('ItemAlreadyExists', `A sheet named "${sheetName}" exists.`);
      created = this.book.addSheet(sheetName);
    });
    return new WorksheetProxy(this.context, () => created ?? fail('InvalidOperation', 'The sheet was not added yet.'));
  }
}

function checkSheetName(name: string): void {
  if (name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
}

type Resolve<T> = () => T | null;

class WorksheetProxy extends ClientObject {
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): void };
  constructor(
    context: MemoryContext,
    private readonly resolve: Resolve<MemorySheet>,
  ) {
    super(context);
    this.freezePanes = new FreezePanesProxy(context, () => this.sheet());
    this.pageLayout = new PageLayoutProxy(context, () => this.sheet());
    // ExcelApi 1.9: a break above the range's top row.
    this.horizontalPageBreaks = {
      add: (pageBreakRange: string) => {
        const row = Number(/\d+$/.exec(pageBreakRange)?.[0]);
        if (!Number.isInteger(row) || row < 1) fail('InvalidArgument', `"${pageBreakRange}" is not a cell address.`);
        this.context.enqueue(pageBreakRange.length, () => void this.sheet().pageBreaksBefore.push(row));
      },
    };
    Object.seal(this);
  }
  /** @internal */
  sheet(): MemorySheet {
    return this.resolve() ?? fail('InvalidOperation', 'The worksheet is a null object.');
  }
  protected target() {
    return this.resolve();
  }
  protected loadable() {
    const s = () => this.sheet();
    return {
      name: () => s().name,
      id: () => s().id,
      position: () => this.context.host.workbook.sheets.indexOf(s()),
      visibility: () => 'Visible',
    };
  }
  get name(): string {
    return this.get$('name') as string;
  }
  set name(value: string) {
    this.context.enqueue(jsonBytes(value), () => {
      checkSheetName(value);
      const other = this.context.host.workbook.sheet(value);
      if (other && other !== this.sheet()) fail('ItemAlreadyExists', `A sheet named "${value}" exists.`);
      this.sheet().name = value;
    });
  }
  get position(): number {
    return this.get$('position') as number;
  }
  get id(): string {
    return this.get$('id') as string;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      if (address === undefined) return { sheet, top: 0, left: 0, rows: 1048576, cols: 16384 };
      return { sheet, ...parseRange(address) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
        fail('InvalidArgument', `Bad range indexes ${startRow}, ${startColumn}, ${rowCount}, ${columnCount}.`);
      return { sheet: this.sheet(), top: startRow, left: startColumn, rows: rowCount, cols: columnCount };
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      const b = sheet.usedBounds(valuesOnly ?? false);
      return b
        ? { sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }
        : { sheet, top: 0, left: 0, rows: 1, cols: 1 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      const b = sheet.usedBounds(valuesOnly ?? false);
      return b ? { sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 } : null;
    });
  }

  activate(): void {
    this.context.enqueue(0, () => {
      this.context.host.workbook.active = this.sheet();
    });
  }

  delete(): void {
    this.context.enqueue(0, () => {
      const book = this.context.host.workbook;
      const sheet = this.sheet();
      if (book.sheets.length === 1) fail('InvalidOperation', 'A workbook must keep at least one sheet.');
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      if (book.active === sheet) book.active = book.sheets[0] ?? null;
      if (book.selection?.sheet === sheet.name) book.selection = null;
    });
  }
}

class FreezePanesProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly sheet: () => MemorySheet,
  ) {
    super(context);
    Object.seal(this);
  }
  protected loadable() {
    return {};
  }
  protected target() {
    return this.sheet();
  }
  freezeRows(count = 1): void {
    this.context.enqueue(8, () => {
      this.sheet().frozenRows = count;
    });
  }
}

const PAGE_PROPS = [
  'orientation',
  'paperSize',
  'topMargin',
  'bottomMargin',
  'leftMargin',
  'rightMargin',
  'headerMargin',
  'footerMargin',
  'centerHorizontally',
  'zoom',
] as const;

class PageLayoutProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly sheet: () => MemorySheet,
  ) {
    super(context);
    for (const p of PAGE_PROPS) {
      Object.defineProperty(this, p, {
        get: () => this.get$(p),
        set: (value: unknown) => {
          this.context.enqueue(jsonBytes(value), () => {
            const layout = this.sheet().pageLayout as unknown as Record<string, unknown>;
            if (p === 'zoom') layout.zoom = { ...(value as object) };
            else layout[p] = value;
          });
        },
        enumerable: true,
      });
    }
    Object.seal(this);
  }
  protected loadable() {
    return Object.fromEntries(
      PAGE_PROPS.map((p) => [p, () => structuredCloneSafe(this.sheet().pageLayout[p])]),
    ) as Record<string, () => unknown>;
  }
  protected target() {
    return this.sheet();
  }
}

function structuredCloneSafe<T>(v: T): T {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as T) : v;
}

// ---- ranges ---------------------------------------------------------------------------------------

interface Rect {
  readonly sheet: MemorySheet;
  /** 0-based. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

function parseCell(a1: string): { row: number; col: number } {
  const p = fromA1(a1);
  if (!p) return fail('InvalidArgument', `"${a1}" is not a cell reference.`);
  return { row: p.row - 1, col: p.col - 1 };
}

function parseRange(address: string): { top: number; left: number; rows: number; cols: number } {
  const text = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = text.split(':');
  const p = parseCell(a!);
  const q = parseCell(b!);
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  return { top, left, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

function rectAddress(r: Rect): string {
  const a = toA1(r.top + 1, r.left + 1);
  const b = toA1(r.top + r.rows, r.left + r.cols);
  const quoted = /^[A-Za-z0-9_.]+$/.test(r.sheet.name) ? r.sheet.name : `'${r.sheet.name.replace(/'/g, "''")}'`;
  return `${quoted}!${a === b ? a : `${a}:${b}`}`;
}

/** Excel's input parsing of one value written through `values` or `formulas`. */
function writeInput(cell: CellData, input: unknown, sheet: MemorySheet): void {
  delete cell.formula;
  delete cell.error;
  delete cell.quotePrefix;
  if (input === '' || input === undefined) {
    cell.value = '';
    return;
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `${input} is not a valid cell value.`);
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') return fail('InvalidArgument', `Unsupported cell value ${String(input)}.`);
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const trimmed = input.trim();
  if (NUMBER_TEXT.test(trimmed)) {
    const n = Number(trimmed.replace('%', ''));
    cell.value = trimmed.endsWith('%') ? n / 100 : n;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toUpperCase() === 'TRUE';
    return;
  }
  if (ERROR_TEXT.test(trimmed)) {
    cell.value = trimmed.toUpperCase();
    cell.error = cell.value;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1) {
    // A formula: this host does not calculate; a known result is shown, else #NAME? as a stand-in.
    cell.formula = input.startsWith('=') ? input : `=${input}`;
    const known = sheet.book?.formulaResults.get(cell.formula);
    if (known !== undefined) cell.value = known;
    else {
      cell.value = '#NAME?';
      cell.error = '#NAME?';
    }
    return;
  }
  cell.value = input;
}

const RANGE_FORMAT_PROPS = ['horizontalAlignment', 'verticalAlignment', 'wrapText', 'indentLevel'] as const;

class RangeProxy extends ClientObject {
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;
  constructor(
    context: MemoryContext,
    private readonly resolve: Resolve<Rect>,
  ) {
    super(context);
    this.format = new RangeFormatProxy(context, () => this.rect());
    this.dataValidation = new DataValidationProxy(context, () => this.rect());
    Object.seal(this);
  }
  /** @internal */
  rect(): Rect {
    return this.resolve() ?? fail('InvalidOperation', 'The range is a null object.');
  }
  protected target() {
    return this.resolve();
  }
  private grid<T>(f: (cell: CellData | undefined) => T): T[][] {
    const r = this.rect();
    if (r.rows * r.cols > 5_000_000) fail('RangeExceedsLimit', 'The range has more than 5,000,000 cells.');
    const out: T[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const row: T[] = new Array<T>(r.cols);
      const data = r.sheet.rows[r.top + i];
      for (let j = 0; j < r.cols; j++) row[j] = f(data?.[r.left + j]);
      out.push(row);
    }
    return out;
  }
  protected loadable() {
    return {
      values: () => this.grid((c) => c?.value ?? ''),
      formulas: () => this.grid((c) => c?.formula ?? c?.value ?? ''),
      numberFormat: () => this.grid((c) => c?.numberFormat ?? 'General'),
      valueTypes: () =>
        this.grid((c) =>
          c === undefined || (c.value === '' && !c.formula)
            ? 'Empty'
            : c.error
              ? 'Error'
              : typeof c.value === 'number'
                ? 'Double'
                : typeof c.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        ),
      address: () => rectAddress(this.rect()),
      rowIndex: () => this.rect().top,
      columnIndex: () => this.rect().left,
      rowCount: () => this.rect().rows,
      columnCount: () => this.rect().cols,
    };
  }

  get values(): unknown[][] {
    return this.get$('values') as unknown[][];
  }
  set values(v: unknown[][]) {
    this.write('values', v, writeInput, true);
  }
  get formulas(): unknown[][] {
    return this.get$('formulas') as unknown[][];
  }
  set formulas(v: unknown[][]) {
    this.write('formulas', v, writeInput, true);
  }
  get numberFormat(): unknown[][] {
    return this.get$('numberFormat') as unknown[][];
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, (cell, input) => {
      if (typeof input !== 'string') fail('InvalidArgument', 'A number format must be text.');
      if (input === 'General') delete cell.numberFormat;
      else cell.numberFormat = input as string;
    });
  }
  get valueTypes(): unknown[][] {
    return this.get$('valueTypes') as unknown[][];
  }
  get address(): string {
    return this.get$('address') as string;
  }
  get rowIndex(): number {
    return this.get$('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get$('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get$('rowCount') as number;
  }
  get columnCount(): number {
    return this.get$('columnCount') as number;
  }

  /** A 2-D write: a single value fills the range; `null` leaves a cell unchanged (as in Excel). */
  private write(what: string, v: unknown, apply: (cell: CellData, input: unknown, sheet: MemorySheet) => void, fires = false): void {
    this.context.enqueue(jsonBytes(v), () => {
      const r = this.rect();
      const single = Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1;
      if (!Array.isArray(v) || (!single && (v.length !== r.rows || v.some((row) => !Array.isArray(row) || row.length !== r.cols)))) {
        fail('InvalidArgument', `The ${what} array does not match the size of the range ${rectAddress(r)}.`);
      }
      const rows = v as unknown[][];
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const input = single ? rows[0]![0] : rows[i]![j];
          if (input === null) continue;
          apply(r.sheet.mutable(r.top + i, r.left + j), input, r.sheet);
        }
      }
      if (fires) this.context.host.changed(r.sheet, r.top, r.left, r.rows, r.cols);
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, () => {
      const r = this.rect();
      return { sheet: r.sheet, top: r.top + row, left: r.left + column, rows: 1, cols: 1 };
    });
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): ClientResult<Excel.CellProperties[][]> {
    const result = new ClientResult<Excel.CellProperties[][]>();
    this.context.enqueue(jsonBytes(options), () => {
      const props = this.grid((cell) => cellProperties(cell, options));
      return { bytes: jsonBytes(props), commit: () => result.set$(props) };
    });
    return result;
  }

  setCellProperties(values: Excel.SettableCellProperties[][]): void {
    this.context.enqueue(jsonBytes(values), () => {
      const r = this.rect();
      if (values.length !== r.rows || values.some((row) => row.length !== r.cols)) {
        fail('InvalidArgument', `The cell properties do not match the size of the range ${rectAddress(r)}.`);
      }
      values.forEach((row, i) =>
        row.forEach((p, j) => {
          if (p && Object.keys(p).length > 0) applyCellProperties(r.sheet.mutable(r.top + i, r.left + j), p);
        }),
      );
    });
  }

  merge(across = false): void {
    this.context.enqueue(8, () => {
      const r = this.rect();
      if (across) {
        for (let i = 0; i < r.rows; i++) r.sheet.merges.push(rectAddress({ ...r, top: r.top + i, rows: 1 }).split('!')[1]!);
      } else r.sheet.merges.push(rectAddress(r).split('!')[1]!);
    });
  }

  select(): void {
    this.context.enqueue(0, () => {
      const r = this.rect();
      const book = this.context.host.workbook;
      if (book.active !== r.sheet) fail('InvalidOperation', 'Activate the sheet before selecting a range on it.');
      book.selection = { sheet: r.sheet.name, address: rectAddress(r).split('!')[1]! };
    });
  }
}

function cellProperties(cell: CellData | undefined, options: Excel.CellPropertiesLoadOptions): Excel.CellProperties {
  const out: Excel.CellProperties = {};
  const f = options.format;
  if (options.address) out.address = '';
  if (!f) return out;
  const format: Excel.CellPropertiesFormat = {};
  if (f.fill) {
    const fill: Excel.CellPropertiesFill = {};
    const current = cell?.fill ?? DEFAULT_FILL;
    if (f.fill.color) fill.color = current.color;
    if (f.fill.pattern) fill.pattern = current.pattern;
    format.fill = fill;
  }
  if (f.font) {
    const font: Excel.CellPropertiesFont = {};
    const current = cell?.font;
    for (const k of ['bold', 'italic', 'size', 'name', 'color', 'underline'] as const)
      if (f.font[k]) (font as Record<string, unknown>)[k] = current?.[k] ?? DEFAULT_FONT[k];
    format.font = font;
  }
  if (f.horizontalAlignment) format.horizontalAlignment = (cell?.horizontalAlignment ?? 'General') as Excel.CellPropertiesFormat['horizontalAlignment'];
  if (f.verticalAlignment) format.verticalAlignment = (cell?.verticalAlignment ?? 'Bottom') as Excel.CellPropertiesFormat['verticalAlignment'];
  if (f.wrapText) format.wrapText = cell?.wrapText ?? false;
  if (f.indentLevel) format.indentLevel = cell?.indentLevel ?? 0;
  if (f.borders) {
    const borders: Record<string, MemoryBorder> = {};
    for (const side of ['top', 'bottom', 'left', 'right'])
      borders[side] = cell?.borders?.[side] ?? { style: 'None', weight: 'Thin', color: '#000000' };
    format.borders = borders as Excel.CellBorderCollection;
  }
  out.format = format;
  return out;
}

function applyCellProperties(cell: CellData, p: Excel.SettableCellProperties): void {
  const f = p.format;
  if (!f) return;
  if (f.fill) {
    const pattern = f.fill.pattern ?? (f.fill.color !== undefined ? 'Solid' : undefined);
    if (pattern === 'None') delete cell.fill;
    else if (pattern !== undefined) cell.fill = { color: normaliseColor(f.fill.color ?? cell.fill?.color ?? '#FFFFFF'), pattern: 'Solid' };
  }
  if (f.font) {
    const font: Partial<MemoryFont> = { ...cell.font };
    for (const [k, v] of Object.entries(f.font)) if (v !== undefined) (font as Record<string, unknown>)[k] = k === 'color' ? normaliseColor(String(v)) : v;
    cell.font = font;
  }
  for (const k of RANGE_FORMAT_PROPS) {
    const v = f[k];
    if (v !== undefined) (cell as unknown as Record<string, unknown>)[k] = v;
  }
  if (f.borders) {
    const borders = { ...cell.borders };
    for (const [side, b] of Object.entries(f.borders)) {
      if (!b) continue;
      const border = b as Excel.CellBorder;
      if (border.style === 'None') delete borders[side];
      else
        borders[side] = {
          style: border.style ?? 'Continuous',
          weight: border.weight ?? 'Thin',
          color: normaliseColor(border.color ?? '#000000'),
        };
    }
    cell.borders = borders;
  }
}

function normaliseColor(color: string): string {
  const c = color.trim();
  return (c.startsWith('#') ? c : `#${c}`).toUpperCase();
}

/** Applies `f` to every cell of the rectangle. */
function eachCell(r: Rect, f: (cell: CellData, row: number, col: number) => void): void {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) f(r.sheet.mutable(r.top + i, r.left + j), r.top + i, r.left + j);
}

class RangeFormatProxy extends ClientObject {
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;
  readonly borders: RangeBordersProxy;
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
  ) {
    super(context);
    this.fill = new RangeFillProxy(context, rect);
    this.font = new RangeFontProxy(context, rect);
    this.borders = new RangeBordersProxy(context, rect);
    for (const p of RANGE_FORMAT_PROPS) {
      Object.defineProperty(this, p, {
        get: () => this.get$(p),
        set: (value: unknown) =>
          this.context.enqueue(jsonBytes(value), () =>
            eachCell(this.rect(), (cell) => {
              (cell as unknown as Record<string, unknown>)[p] = value;
            }),
          ),
        enumerable: true,
      });
    }
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    const same = (f: (c: MemoryCell) => unknown) => () => {
      const r = this.rect();
      const first = f(describe(r.sheet.data(r.top, r.left)));
      for (let i = 0; i < r.rows; i++)
        for (let j = 0; j < r.cols; j++)
          if (f(describe(r.sheet.data(r.top + i, r.left + j))) !== first) return null;
      return first;
    };
    return {
      horizontalAlignment: same((c) => c.horizontalAlignment),
      verticalAlignment: same((c) => c.verticalAlignment),
      wrapText: same((c) => c.wrapText),
      indentLevel: same((c) => c.indentLevel),
      columnWidth: () => this.rect().sheet.columnWidths.get(this.rect().left + 1) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: () => this.rect().sheet.rowHeights.get(this.rect().top + 1) ?? DEFAULT_ROW_HEIGHT,
    };
  }
  get columnWidth(): number {
    return this.get$('columnWidth') as number;
  }
  set columnWidth(points: number) {
    this.context.enqueue(12, () => {
      const r = this.rect();
      for (let j = 0; j < r.cols; j++) r.sheet.columnWidths.set(r.left + j + 1, points);
    });
  }
  get rowHeight(): number {
    return this.get$('rowHeight') as number;
  }
  set rowHeight(points: number) {
    this.context.enqueue(12, () => {
      const r = this.rect();
      for (let i = 0; i < r.rows; i++) r.sheet.rowHeights.set(r.top + i + 1, points);
    });
  }
}

class RangeFillProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
  ) {
    super(context);
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    return {
      color: () => {
        const r = this.rect();
        const first = describe(r.sheet.data(r.top, r.left)).fill.color;
        for (let i = 0; i < r.rows; i++)
          for (let j = 0; j < r.cols; j++) if (describe(r.sheet.data(r.top + i, r.left + j)).fill.color !== first) return null;
        return first;
      },
    };
  }
  get color(): string {
    return this.get$('color') as string;
  }
  set color(value: string) {
    this.context.enqueue(jsonBytes(value), () =>
      eachCell(this.rect(), (cell) => {
        cell.fill = { color: normaliseColor(value), pattern: 'Solid' };
      }),
    );
  }
  clear(): void {
    this.context.enqueue(0, () =>
      eachCell(this.rect(), (cell) => {
        delete cell.fill;
      }),
    );
  }
}

const FONT_PROPS = ['bold', 'italic', 'underline', 'size', 'name', 'color'] as const;

class RangeFontProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
  ) {
    super(context);
    for (const p of FONT_PROPS) {
      Object.defineProperty(this, p, {
        get: () => this.get$(p),
        set: (value: unknown) =>
          this.context.enqueue(jsonBytes(value), () =>
            eachCell(this.rect(), (cell) => {
              cell.font = { ...cell.font, [p]: p === 'color' ? normaliseColor(String(value)) : value };
            }),
          ),
        enumerable: true,
      });
    }
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    return Object.fromEntries(
      FONT_PROPS.map((p) => [
        p,
        () => {
          const r = this.rect();
          const first = describe(r.sheet.data(r.top, r.left)).font[p];
          for (let i = 0; i < r.rows; i++)
            for (let j = 0; j < r.cols; j++) if (describe(r.sheet.data(r.top + i, r.left + j)).font[p] !== first) return null;
          return first;
        },
      ]),
    ) as Record<string, () => unknown>;
  }
}

const EDGES: Readonly<Record<string, string>> = {
  EdgeTop: 'top',
  EdgeBottom: 'bottom',
  EdgeLeft: 'left',
  EdgeRight: 'right',
};

class RangeBordersProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
  ) {
    super(context);
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    return {};
  }
  getItem(index: string): RangeBorderProxy {
    const side = EDGES[index] ?? fail('InvalidArgument', `Unknown border "${index}".`);
    return new RangeBorderProxy(this.context, this.rect, side);
  }
}

class RangeBorderProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
    private readonly side: string,
  ) {
    super(context);
    for (const p of ['style', 'weight', 'color'] as const) {
      Object.defineProperty(this, p, {
        get: () => this.get$(p),
        set: (value: string) =>
          this.context.enqueue(jsonBytes(value), () => {
            const r = this.rect();
            // An outer edge of the range: only the cells along that edge.
            for (let i = 0; i < r.rows; i++)
              for (let j = 0; j < r.cols; j++) {
                const onEdge =
                  (this.side === 'top' && i === 0) ||
                  (this.side === 'bottom' && i === r.rows - 1) ||
                  (this.side === 'left' && j === 0) ||
                  (this.side === 'right' && j === r.cols - 1);
                if (!onEdge) continue;
                const cell = r.sheet.mutable(r.top + i, r.left + j);
                const borders = { ...cell.borders };
                const old = borders[this.side] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
                if (p === 'style' && value === 'None') delete borders[this.side];
                else borders[this.side] = { ...old, [p]: p === 'color' ? normaliseColor(value) : value };
                cell.borders = borders;
              }
          }),
        enumerable: true,
      });
    }
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    return {};
  }
}

class DataValidationProxy extends ClientObject {
  constructor(
    context: MemoryContext,
    private readonly rect: () => Rect,
  ) {
    super(context);
    Object.seal(this);
  }
  protected target() {
    return this.rect();
  }
  protected loadable() {
    return {
      rule: () => this.current()?.rule ?? {},
      errorAlert: () => this.current()?.errorAlert ?? null,
      ignoreBlanks: () => this.current()?.ignoreBlanks ?? true,
    };
  }
  private current(): MemoryValidation | undefined {
    const r = this.rect();
    const address = rectAddress(r).split('!')[1]!;
    return r.sheet.validations.find((v) => v.address === address);
  }
  private update(patch: Partial<MemoryValidation>): void {
    const r = this.rect();
    const address = rectAddress(r).split('!')[1]!;
    const list = r.sheet.validations;
    const i = list.findIndex((v) => v.address === address);
    const next = { ...(i >= 0 ? list[i]! : { address, rule: {} }), ...patch };
    if (i >= 0) list[i] = next;
    else list.push(next);
  }
  get rule(): unknown {
    return this.get$('rule');
  }
  set rule(value: Excel.DataValidationRule) {
    this.context.enqueue(jsonBytes(value), () => {
      const keys = Object.keys(value);
      if (keys.length !== 1) fail('InvalidArgument', 'A data validation rule has exactly one kind.');
      const d = (value as { decimal?: { formula1?: unknown; formula2?: unknown; operator?: string } }).decimal;
      if (d && (d.operator === 'Between' || d.operator === 'NotBetween') && d.formula2 === undefined)
        fail('InvalidArgument', 'Between needs formula2.');
      const l = (value as { list?: { source?: unknown } }).list;
      if (l && typeof l.source !== 'string') fail('InvalidArgument', 'A list rule needs a source.');
      this.update({ rule: structuredCloneSafe(value) });
    });
  }
  get errorAlert(): unknown {
    return this.get$('errorAlert');
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.context.enqueue(jsonBytes(value), () => this.update({ errorAlert: structuredCloneSafe(value) }));
  }
  get ignoreBlanks(): boolean {
    return this.get$('ignoreBlanks') as boolean;
  }
  set ignoreBlanks(value: boolean) {
    this.context.enqueue(5, () => this.update({ ignoreBlanks: value }));
  }
  clear(): void {
    this.context.enqueue(0, () => {
      const r = this.rect();
      const address = rectAddress(r).split('!')[1]!;
      const list = r.sheet.validations;
      const i = list.findIndex((v) => v.address === address);
      if (i >= 0) list.splice(i, 1);
    });
  }
}
