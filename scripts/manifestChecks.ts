/**
 * Checks of manifest.xml that the XML schema cannot make: resource references, the shared runtime,
 * https everywhere, id lengths, version and GUID formats, the icons, the vi-VN strings, and (optionally)
 * that every URL points to a file the build emits. Each check returns a list of problems (empty = fine).
 * Used by tests/manifest.test.ts and scripts/validate.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { DEV_BASE_URL } from './addinAssetsPlugin';

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** Longest id Office accepts for resources, controls and groups. */
export const MAX_ID_LENGTH = 32;
/** The locale of the Vietnamese strings: `vi-VN` on top-level overrides, `vi-vn` in the resources. */
export const VI_LOCALE = 'vi-vn';

type ResourceKind = 'Image' | 'Url' | 'ShortString' | 'LongString';

/** Which kind of resource a `resid` on an element of this local name must point to. */
const REFERENCE_KIND: Readonly<Record<string, ResourceKind>> = {
  Image: 'Image',
  SourceLocation: 'Url',
  FunctionFile: 'Url',
  Runtime: 'Url',
  LearnMoreUrl: 'Url',
  Label: 'ShortString',
  Title: 'ShortString',
  Namespace: 'ShortString',
  Description: 'LongString',
};

export function parseManifest(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function all(doc: Document | Element, ns: string, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local));
}

function allElements(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('*'));
}

function first(doc: Document | Element, ns: string, local: string): Element | undefined {
  return all(doc, ns, local)[0];
}

function childElements(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

/** The resources defined under <Resources>: id → kind and element. */
export function resources(doc: Document): Map<string, { kind: ResourceKind; el: Element }> {
  const out = new Map<string, { kind: ResourceKind; el: Element }>();
  const groups: Array<[string, ResourceKind, string]> = [
    ['Images', 'Image', 'Image'],
    ['Urls', 'Url', 'Url'],
    ['ShortStrings', 'ShortString', 'String'],
    ['LongStrings', 'LongString', 'String'],
  ];
  for (const [group, kind, item] of groups) {
    for (const g of all(doc, NS.bt, group)) {
      for (const el of childElements(g)) {
        if (el.namespaceURI === NS.bt && el.localName === item) {
          const id = el.getAttribute('id') ?? '';
          out.set(out.has(id) ? `${id}\u0000dup${out.size}` : id, { kind, el });
        }
      }
    }
  }
  return out;
}

/** Every `resid` resolves to a resource of the right kind; ids are unique; every resource is used. */
export function checkResourceReferences(doc: Document): string[] {
  const problems: string[] = [];
  const res = resources(doc);
  for (const key of res.keys()) {
    if (key.includes('\u0000dup')) problems.push(`resource id "${key.split('\u0000')[0]}" is defined twice`);
  }
  const used = new Set<string>();
  for (const el of allElements(doc)) {
    const resid = el.getAttribute('resid');
    if (resid === null || resid === '') continue;
    used.add(resid);
    const target = res.get(resid);
    const local = el.localName ?? '';
    if (!target) {
      problems.push(`<${el.tagName} resid="${resid}"> points to no resource`);
      continue;
    }
    const expected = REFERENCE_KIND[local];
    if (expected && target.kind !== expected) {
      problems.push(`<${el.tagName} resid="${resid}"> must point to a ${expected}, not a ${target.kind}`);
    }
  }
  for (const id of res.keys()) {
    if (!id.includes('\u0000') && !used.has(id)) problems.push(`resource "${id}" is never referenced`);
  }
  return problems;
}

/** The resid used by the shared runtime, or undefined when there is no <Runtime>. */
export function sharedRuntimeResid(doc: Document): string | undefined {
  return first(doc, NS.ov, 'Runtime')?.getAttribute('resid') ?? undefined;
}

function customFunctionsExtensionPoint(doc: Document): Element | undefined {
  return all(doc, NS.ov, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions');
}

function sourceLocationResid(parent: Element | undefined, local: string): string | undefined {
  const el = parent ? first(parent, NS.ov, local) : undefined;
  const loc = el ? first(el, NS.ov, 'SourceLocation') : undefined;
  return loc?.getAttribute('resid') ?? undefined;
}

/**
 * Runtime, CustomFunctions Page, FunctionFile and the ShowTaskpane action share one resid (the page); the
 * CustomFunctions Script is a JavaScript file (the docs: "link to the JavaScript file with the custom function's
 * definition and registration code").
 */
export function checkSharedRuntime(doc: Document): string[] {
  const problems: string[] = [];
  const runtimes = all(doc, NS.ov, 'Runtime');
  if (runtimes.length !== 1) return [`expected exactly one <Runtime>, found ${runtimes.length}`];
  const runtime = runtimes[0]!;
  const resid = runtime.getAttribute('resid') ?? '';
  if (runtime.getAttribute('lifetime') !== 'long') problems.push('<Runtime> must have lifetime="long"');
  const cf = customFunctionsExtensionPoint(doc);
  if (!cf) problems.push('no CustomFunctions extension point');
  const uses: Array<[string, string | undefined]> = [
    ['CustomFunctions <Page>', sourceLocationResid(cf, 'Page')],
    ['<FunctionFile>', first(doc, NS.ov, 'FunctionFile')?.getAttribute('resid') ?? undefined],
  ];
  const actions = all(doc, NS.ov, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane');
  if (actions.length === 0) problems.push('no ShowTaskpane action');
  for (const a of actions)
    uses.push(['ShowTaskpane <SourceLocation>', first(a, NS.ov, 'SourceLocation')?.getAttribute('resid') ?? undefined]);
  for (const [what, r] of uses) {
    if (r !== resid) problems.push(`${what} uses resid "${r ?? '(none)'}", the shared runtime uses "${resid}"`);
  }
  const scriptResid = sourceLocationResid(cf, 'Script');
  const scriptUrl = scriptResid ? resources(doc).get(scriptResid)?.el.getAttribute('DefaultValue') : undefined;
  if (!scriptUrl || !/\.js$/.test(scriptUrl)) {
    problems.push(`CustomFunctions <Script> must point to a .js file, not ${scriptUrl ?? '(nothing)'}`);
  }
  const runtimeUrl = resources(doc).get(resid)?.el.getAttribute('DefaultValue');
  const defaultSource = first(doc, NS.app, 'DefaultSettings');
  const defaultUrl = defaultSource
    ? first(defaultSource, NS.app, 'SourceLocation')?.getAttribute('DefaultValue')
    : undefined;
  if (runtimeUrl !== defaultUrl) {
    problems.push(`DefaultSettings SourceLocation (${defaultUrl}) differs from the shared runtime URL (${runtimeUrl})`);
  }
  return problems;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL in an attribute or a text node, with where it was found. */
export function urls(doc: Document): Array<{ where: string; url: string }> {
  const out: Array<{ where: string; url: string }> = [];
  for (const el of allElements(doc)) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('xmlns')) continue;
      if (URL_LIKE.test(attr.value)) out.push({ where: `<${el.tagName} ${attr.name}>`, url: attr.value });
    }
    for (const n of Array.from(el.childNodes)) {
      const text = n.nodeType === 3 ? (n.nodeValue ?? '').trim() : '';
      if (URL_LIKE.test(text)) out.push({ where: `<${el.tagName}> text`, url: text });
    }
  }
  return out;
}

/** All URLs use https. */
export function checkHttps(doc: Document): string[] {
  return urls(doc)
    .filter(({ url }) => !url.startsWith('https://'))
    .map(({ where, url }) => `${where}: ${url} is not https`);
}

/** Resource ids, resids, control/group ids and TaskpaneIds are at most 32 characters. */
export function checkIdLengths(doc: Document): string[] {
  const problems: string[] = [];
  for (const el of allElements(doc)) {
    for (const name of ['id', 'resid']) {
      const v = el.getAttribute(name);
      if (v !== null && v.length > MAX_ID_LENGTH)
        problems.push(`<${el.tagName} ${name}="${v}"> is longer than ${MAX_ID_LENGTH}`);
      if (v !== null && v.trim() === '') problems.push(`<${el.tagName}> has an empty ${name}`);
    }
  }
  for (const el of all(doc, NS.ov, 'TaskpaneId')) {
    const v = (el.textContent ?? '').trim();
    if (v.length === 0 || v.length > MAX_ID_LENGTH)
      problems.push(`<TaskpaneId>${v}</TaskpaneId> must have 1 to ${MAX_ID_LENGTH} characters`);
  }
  return problems;
}

/** <Version> is n.n.n.n (each part 0–65535) and <Id> is a GUID. */
export function checkVersionAndId(doc: Document): string[] {
  const problems: string[] = [];
  const version = (first(doc, NS.app, 'Version')?.textContent ?? '').trim();
  const parts = version.split('.');
  if (!/^\d+(\.\d+){3}$/.test(version) || parts.some((p) => Number(p) > 65535)) {
    problems.push(`<Version>${version}</Version> must be four numbers 0–65535 joined by dots, e.g. 1.0.0.0`);
  }
  const id = (first(doc, NS.app, 'Id')?.textContent ?? '').trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id>${id}</Id> is not a GUID`);
  return problems;
}

/** Width and height of a PNG file (from its IHDR chunk), or undefined when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function iconProblem(root: string, baseUrl: string, url: string | null, size: number | undefined): string | undefined {
  const prefix = `${baseUrl}assets/`;
  if (!url) return 'no URL';
  if (!url.startsWith(prefix)) return `${url} is not under ${prefix}`;
  const file = join(root, 'assets', url.slice(prefix.length));
  if (!existsSync(file)) return `${file} does not exist`;
  const dims = pngSize(readFileSync(file));
  if (!dims) return `${file} is not a PNG`;
  if (size !== undefined && (dims.width !== size || dims.height !== size)) {
    return `${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`;
  }
  return undefined;
}

/** Every image URL points into assets/ of `root` at a PNG of the size it is used at. */
export function checkIcons(doc: Document, root: string, baseUrl = DEV_BASE_URL): string[] {
  const problems: string[] = [];
  const expect = (where: string, url: string | null, size: number | undefined): void => {
    const problem = iconProblem(root, baseUrl, url, size);
    if (problem) problems.push(`${where}: ${problem}`);
  };
  expect('<IconUrl>', first(doc, NS.app, 'IconUrl')?.getAttribute('DefaultValue') ?? null, 32);
  expect(
    '<HighResolutionIconUrl>',
    first(doc, NS.app, 'HighResolutionIconUrl')?.getAttribute('DefaultValue') ?? null,
    64,
  );
  const res = resources(doc);
  const sizes = new Map<string, Set<number>>();
  for (const el of all(doc, NS.bt, 'Image')) {
    const resid = el.getAttribute('resid');
    if (!resid) continue;
    const size = Number(el.getAttribute('size'));
    sizes.set(resid, (sizes.get(resid) ?? new Set<number>()).add(size));
  }
  for (const [id, { kind, el }] of res) {
    if (kind !== 'Image') continue;
    const used = [...(sizes.get(id) ?? [])];
    if (used.length > 1) problems.push(`image "${id}" is used at several sizes: ${used.join(', ')}`);
    expect(`image "${id}"`, el.getAttribute('DefaultValue'), used[0]);
    for (const o of all(el, NS.bt, 'Override')) expect(`image "${id}" override`, o.getAttribute('Value'), used[0]);
  }
  return problems;
}

function hasViOverride(el: Element, ns: string): boolean {
  return childElements(el).some(
    (o) =>
      o.namespaceURI === ns &&
      o.localName === 'Override' &&
      (o.getAttribute('Locale') ?? '').toLowerCase() === VI_LOCALE &&
      (o.getAttribute('Value') ?? '').trim() !== '',
  );
}

/** vi-VN text for DisplayName, Description and every string; functions-vi.json for the functions metadata. */
export function checkVietnamese(doc: Document): string[] {
  const problems: string[] = [];
  for (const local of ['DisplayName', 'Description']) {
    const el = childElements(doc.documentElement!).find((e) => e.localName === local);
    if (!el) problems.push(`no <${local}>`);
    else if (!hasViOverride(el, NS.app)) problems.push(`<${local}> has no <Override Locale="vi-VN">`);
  }
  for (const [id, { kind, el }] of resources(doc)) {
    if ((kind === 'ShortString' || kind === 'LongString') && !hasViOverride(el, NS.bt)) {
      problems.push(`string "${id}" has no <bt:Override Locale="${VI_LOCALE}">`);
    }
  }
  const metadataResid = sourceLocationResid(customFunctionsExtensionPoint(doc), 'Metadata');
  const metadata = metadataResid ? resources(doc).get(metadataResid)?.el : undefined;
  if (!metadata) {
    problems.push('the CustomFunctions <Metadata> has no URL resource');
  } else {
    if (!(metadata.getAttribute('DefaultValue') ?? '').endsWith('/functions.json')) {
      problems.push('the functions metadata URL must end with /functions.json');
    }
    const vi = childElements(metadata).find((o) => (o.getAttribute('Locale') ?? '').toLowerCase() === VI_LOCALE);
    if (!(vi?.getAttribute('Value') ?? '').endsWith('/functions-vi.json')) {
      problems.push(
        `the functions metadata URL needs <bt:Override Locale="${VI_LOCALE}"> pointing to functions-vi.json`,
      );
    }
  }
  return problems;
}

/** Every URL under `baseUrl` names a file in `servedFiles` (paths relative to the served folder). */
export function checkServedFiles(doc: Document, baseUrl: string, servedFiles: ReadonlySet<string>): string[] {
  return urls(doc)
    .filter(({ url }) => url.startsWith(baseUrl))
    .filter(({ url }) => !servedFiles.has(decodeURI(url.slice(baseUrl.length).replace(/[?#].*$/, ''))))
    .map(({ where, url }) => `${where}: ${url} is not a file of the build`);
}

export interface ManifestCheckOptions {
  /** Repository root (for the icons). */
  root: string;
  baseUrl?: string;
}

/** All the checks above (except checkServedFiles), as one list of problems. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const doc = parseManifest(xml);
  return [
    ...checkResourceReferences(doc),
    ...checkSharedRuntime(doc),
    ...checkHttps(doc),
    ...checkIdLengths(doc),
    ...checkVersionAndId(doc),
    ...checkIcons(doc, options.root, options.baseUrl),
    ...checkVietnamese(doc),
  ];
}
