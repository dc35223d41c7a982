/**
 * Vite plugin for the Excel custom functions (the shared runtime's half of the task-pane bundle).
 *
 * - buildStart: runs custom-functions-metadata's generator on the functions entry (src/functions/functions.ts);
 *   any error of the generator, a function or parameter without a description, or a broken localisation
 *   table fails the build with every message listed.
 * - transform: appends `CustomFunctions.associate("ID", fn)` for every function to the entry module
 *   (guarded, so the module also loads where the CustomFunctions runtime is absent: tests, a plain browser).
 * - generateBundle: emits functions.json and one functions-<suffix>.json per localisation table
 *   (functions-vi.json), and checks that the entry module really is part of the bundle.
 *
 * The pure parts (generateFunctionsMetadata, localizeMetadata, associateSnippet) are exported for tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCustomFunctionsMetadata, type IFunction } from 'custom-functions-metadata';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** The JSON Excel reads (the Metadata SourceLocation of the manifest). */
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: IFunction[];
  enums?: unknown[];
}

export interface AssociateEntry {
  /** The function's name in the source module. */
  functionName: string;
  /** The id Excel knows it by (upper case; never changes once shipped). */
  id: string;
}

/** One localisation table: function id → localized name, description and parameter texts. */
export type LocalizationTable = Readonly<
  Record<
    string,
    {
      readonly name: string;
      readonly description: string;
      readonly parameters?: Readonly<Record<string, { readonly name?: string; readonly description: string }>>;
    }
  >
>;

export interface CustomFunctionsPluginOptions {
  /** The module holding the `@customfunction`s (resolved against the current directory). */
  entry: string;
  /** Localisation tables by file suffix: `{ vi: table }` emits functions-vi.json. */
  localizations?: Readonly<Record<string, LocalizationTable>>;
  /** Name of the emitted metadata file; default functions.json. */
  fileName?: string;
  /**
   * The URL the add-in is served from: every `helpUrl` written against the development URL
   * (`devBaseUrl`, https://localhost:3000/) is rewritten to it, as the manifest's URLs are.
   */
  baseUrl?: string;
  devBaseUrl?: string;
}

/**
 * `metadata` with each function's `helpUrl` moved from `devBaseUrl` to `baseUrl` (the same JSON otherwise).
 *
 * @example withBaseUrl(metadata, 'https://localhost:3000/', 'https://addin.example.org/')
 */
export function withBaseUrl(metadata: FunctionsMetadata, devBaseUrl: string, baseUrl: string): FunctionsMetadata {
  if (devBaseUrl === baseUrl) return metadata;
  return {
    ...metadata,
    functions: metadata.functions.map((fn) =>
      fn.helpUrl?.startsWith(devBaseUrl) ? { ...fn, helpUrl: baseUrl + fn.helpUrl.slice(devBaseUrl.length) } : fn,
    ),
  };
}

/** A failure that carries every message found, so the build prints them all at once. */
export class CustomFunctionsMetadataError extends Error {
  constructor(
    readonly summary: string,
    readonly problems: readonly string[],
  ) {
    super(`${summary}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CustomFunctionsMetadataError';
  }
}

/** Letters (any script), digits, '.', '_'; starts with a letter — Excel's rule for function names. */
const NAME_PATTERN = /^\p{L}[\p{L}0-9._]*$/u;
/** A name Excel would read as a cell reference (A1 … XFD1048576, or R1C1). */
const CELL_REFERENCE = /^([A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*)$/i;

/**
 * What Excel shows of a description: at most 128 characters (the limit of the older function-metadata schema;
 * longer help lives on the page of `helpUrl`), on one line (a line break shows as a stray character).
 */
export const MAX_DESCRIPTION = 128;

function descriptionProblem(text: string | undefined): string | undefined {
  if (!text?.trim()) return 'is missing';
  if (/[\r\n]/.test(text)) return 'holds a line break';
  const length = [...text].length;
  if (length > MAX_DESCRIPTION)
    return `has ${length} characters (at most ${MAX_DESCRIPTION}; put the rest on the help page)`;
  return undefined;
}

function nameProblem(name: string): string | undefined {
  if (!NAME_PATTERN.test(name)) return 'must start with a letter and hold only letters, digits, "." and "_"';
  if ([...name].length < 3) return 'must have at least 3 characters';
  if ([...name].length > 128) return 'must have at most 128 characters';
  if (CELL_REFERENCE.test(name)) return 'looks like a cell reference';
  return undefined;
}

function isArrayType(node: ts.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(node)) return isArrayType(node.type);
  return ts.isArrayTypeNode(node) || (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Array');
}

/**
 * Source that custom-functions-metadata accepts but reads differently from what the author meant:
 * - two JSDoc blocks above a function: the description comes from the first (e.g. a file comment);
 * - `T[][] | null`: a union, so the range parameter silently becomes a scalar (Excel then calls the function
 *   once per cell);
 * - `T[]`: a one-dimensional array becomes a *repeating* parameter, not a range.
 */
export function signatureProblems(sourceCode: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, sourceCode, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  for (const stmt of source.statements) {
    if (!ts.isFunctionDeclaration(stmt) || !stmt.name) continue;
    if (!ts.getJSDocTags(stmt).some((t) => t.tagName.text.toLowerCase() === 'customfunction')) continue;
    const fn = stmt.name.text;
    // The generator reads node.jsDoc[0]; TypeScript attaches every /** */ block directly above a declaration.
    const blocks = (stmt as ts.FunctionDeclaration & { jsDoc?: readonly ts.JSDoc[] }).jsDoc ?? [];
    if (blocks.length > 1) {
      problems.push(
        `${fn}: ${blocks.length} /** */ blocks precede it; the generator takes the description from the first one, so make the one above it the only one (use // for file comments)`,
      );
    }
    const where = (node: ts.Node): string => {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart());
      return `(${line + 1},${character + 1})`;
    };
    const typed: Array<[string, ts.TypeNode | undefined]> = stmt.parameters.map((p) => [
      `parameter "${p.name.getText()}"`,
      p.type,
    ]);
    let result = stmt.type;
    if (result && ts.isTypeReferenceNode(result) && result.typeName.getText() === 'Promise')
      result = result.typeArguments?.[0];
    typed.push(['the result', result]);
    for (const [what, type] of typed) {
      if (!type) continue;
      if (ts.isUnionTypeNode(type) && type.types.some(isArrayType)) {
        problems.push(
          `${fn}: ${what} is a union with an array type, which the metadata turns into a scalar; write \`name?: T[][]\` and test \`== null\` ${where(type)}`,
        );
      } else if (what !== 'the result' && ts.isArrayTypeNode(type) && !ts.isArrayTypeNode(type.elementType)) {
        problems.push(
          `${fn}: ${what} is a 1-D array, which the metadata makes a repeating parameter; use T[][] for a range ${where(type)}`,
        );
      }
    }
  }
  return problems;
}

/**
 * Generates the metadata of `entry` with custom-functions-metadata and applies BlocRank's own rules
 * (descriptions everywhere, names Excel accepts). Throws CustomFunctionsMetadataError listing every problem.
 */
export async function generateFunctionsMetadata(
  entry: string,
): Promise<{ metadata: FunctionsMetadata; associate: AssociateEntry[] }> {
  const result = await generateCustomFunctionsMetadata(entry, false);
  if (result.errors.length > 0) {
    throw new CustomFunctionsMetadataError(`custom-functions-metadata found errors in ${entry}:`, result.errors);
  }
  if (!result.metadataJson) {
    throw new CustomFunctionsMetadataError(`No custom function in ${entry}:`, [
      'tag at least one top-level function declaration with @customfunction',
    ]);
  }
  const metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
  const problems: string[] = signatureProblems(readFileSync(entry, 'utf8'), entry);
  for (const fn of metadata.functions) {
    const problem = nameProblem(fn.name);
    if (problem) problems.push(`${fn.id}: name "${fn.name}" ${problem}`);
    if (!fn.description?.trim()) problems.push(`${fn.id}: the JSDoc has no description`);
    else {
      const problem = descriptionProblem(fn.description);
      if (problem) problems.push(`${fn.id}: the description ${problem}`);
    }
    if (!fn.helpUrl || !/^https:\/\//.test(fn.helpUrl)) problems.push(`${fn.id}: no @helpurl with an https URL`);
    for (const p of fn.parameters) {
      if (!p.description?.trim()) problems.push(`${fn.id}: parameter "${p.name}" has no @param description`);
      else {
        const problem = descriptionProblem(p.description);
        if (problem) problems.push(`${fn.id}: the description of parameter "${p.name}" ${problem}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new CustomFunctionsMetadataError(`Custom functions in ${entry} break BlocRank's rules:`, problems);
  }
  return {
    metadata,
    associate: result.associate.map(({ functionName, id }) => ({ functionName, id })),
  };
}

/**
 * The localized copy of `metadata`: same ids, types, dimensionality and options; names and descriptions from
 * `table`. Throws CustomFunctionsMetadataError when a function or parameter has no entry, an entry names a
 * function or parameter that does not exist, or a localized name is invalid or duplicated.
 */
export function localizeMetadata(
  metadata: FunctionsMetadata,
  table: LocalizationTable,
  locale: string,
): FunctionsMetadata {
  const problems: string[] = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`${locale}: entry "${id}" matches no custom function id`);
  }
  const seen = new Map<string, string>();
  const functions = metadata.functions.map((fn): IFunction => {
    const text = table[fn.id];
    if (!text) {
      problems.push(`${locale}: function ${fn.id} has no entry`);
      return fn;
    }
    const problem = nameProblem(text.name);
    if (problem) problems.push(`${locale}: ${fn.id}: name "${text.name}" ${problem}`);
    const key = text.name.toLocaleUpperCase('vi');
    const other = seen.get(key);
    if (other !== undefined) problems.push(`${locale}: ${fn.id} and ${other} have the same name "${text.name}"`);
    seen.set(key, fn.id);
    const textProblem = descriptionProblem(text.description);
    if (textProblem) problems.push(`${locale}: ${fn.id}: the description ${textProblem}`);
    const paramNames = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(text.parameters ?? {})) {
      if (!paramNames.has(name))
        problems.push(`${locale}: ${fn.id}: entry for parameter "${name}", which does not exist`);
    }
    const parameters = fn.parameters.map((p) => {
      const pt = text.parameters?.[p.name];
      if (!pt || !pt.description.trim()) {
        problems.push(`${locale}: ${fn.id}: parameter "${p.name}" has no description`);
        return p;
      }
      const paramProblem = descriptionProblem(pt.description);
      if (paramProblem) problems.push(`${locale}: ${fn.id}: the description of parameter "${p.name}" ${paramProblem}`);
      if (pt.name !== undefined && !/^[\p{L}_][\p{L}0-9_]*$/u.test(pt.name)) {
        problems.push(`${locale}: ${fn.id}: parameter name "${pt.name}" must be a single word (letters, digits, "_")`);
      }
      return { ...p, name: pt.name ?? p.name, description: pt.description };
    });
    return { ...fn, name: text.name, description: text.description, parameters };
  });
  if (problems.length > 0) {
    throw new CustomFunctionsMetadataError(
      `The ${locale} localisation of the custom functions is incomplete:`,
      problems,
    );
  }
  return { ...metadata, functions };
}

/** The code appended to the functions module: one associate call per function, guarded. */
export function associateSnippet(associate: readonly AssociateEntry[]): string {
  const calls = associate.map((a) => `  CustomFunctions.associate(${JSON.stringify(a.id)}, ${a.functionName});`);
  return `\n\n// Added by scripts/customFunctionsPlugin.ts\nif (typeof CustomFunctions !== "undefined") {\n${calls.join('\n')}\n}\n`;
}

function cleanId(id: string): string {
  return resolve(id.replace(/[?#].*$/, ''));
}

export function customFunctionsPlugin(options: CustomFunctionsPluginOptions): Plugin {
  const entry = resolve(options.entry);
  const fileName = options.fileName ?? 'functions.json';
  let generated: { metadata: FunctionsMetadata; associate: AssociateEntry[] } | undefined;
  let localized: Array<{ fileName: string; metadata: FunctionsMetadata }> = [];

  return {
    name: 'blocrank:custom-functions',
    enforce: 'pre',
    async buildStart() {
      this.addWatchFile(entry);
      try {
        generated = await generateFunctionsMetadata(entry);
        const g = generated;
        localized = Object.entries(options.localizations ?? {}).map(([suffix, table]) => ({
          fileName: fileName.replace(/\.json$/, `-${suffix}.json`),
          metadata: localizeMetadata(g.metadata, table, suffix),
        }));
      } catch (err) {
        if (err instanceof CustomFunctionsMetadataError) this.error(err.message);
        throw err;
      }
    },
    transform(code, id) {
      if (!generated || cleanId(id) !== entry) return null;
      return { code: code + associateSnippet(generated.associate), map: null };
    },
    generateBundle(_outputOptions, bundle) {
      if (!generated) return;
      const bundled = Object.values(bundle).some(
        (c) => c.type === 'chunk' && c.moduleIds.some((m) => cleanId(m) === entry),
      );
      if (!bundled) {
        this.error(`${entry} is not part of the bundle: the page hosting the shared runtime must load it.`);
      }
      const served = (m: FunctionsMetadata): string => {
        const moved = options.baseUrl && options.devBaseUrl ? withBaseUrl(m, options.devBaseUrl, options.baseUrl) : m;
        return `${JSON.stringify(moved, null, 2)}\n`;
      };
      this.emitFile({ type: 'asset', fileName, source: served(generated.metadata) });
      for (const l of localized) this.emitFile({ type: 'asset', fileName: l.fileName, source: served(l.metadata) });
    },
  };
}
