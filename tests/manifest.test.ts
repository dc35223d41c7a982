// What the XML schema cannot check in manifest.xml (tests/manifest-schema.test.ts runs the schema).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version as packageVersion } from '../package.json';
import {
  DEV_BASE_URL,
  PRODUCTION_ADDIN_ID,
  buildManifest,
  manifestVersion,
  resolveAddinId,
  resolveBaseUrl,
  substituteBaseUrl,
} from '../scripts/addinAssetsPlugin';
import {
  MAX_ID_LENGTH,
  NS,
  checkHttps,
  checkIcons,
  checkIdLengths,
  checkManifest,
  checkResourceReferences,
  checkSharedRuntime,
  checkVersionAndId,
  checkVietnamese,
  parseManifest,
  pngSize,
  resources,
  sharedRuntimeResid,
} from '../scripts/manifestChecks';

const root = resolve(import.meta.dirname, '..');
const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
const doc = parseManifest(xml);
/** The development add-in's id (manifest.xml); production builds get PRODUCTION_ADDIN_ID. */
const DEV_ADDIN_ID = '07e04d99-78e1-43f8-9b51-94102f5ebf48';

describe('manifest.xml', () => {
  it('is a TaskPaneApp for Excel with the fixed identity', () => {
    const app = doc.documentElement!;
    expect(app.localName).toBe('OfficeApp');
    expect(app.getAttributeNS(NS.xsi, 'type')).toBe('TaskPaneApp');
    const text = (local: string) => doc.getElementsByTagNameNS(NS.app, local)[0]?.textContent?.trim();
    expect(text('Id')).toBe(DEV_ADDIN_ID);
    expect(text('Version')).toBe(manifestVersion(packageVersion)); // kept equal to package.json's
    expect(text('ProviderName')).toBe('BlocRank');
    expect(text('DefaultLocale')).toBe('en-US');
    expect(text('Permissions')).toBe('ReadWriteDocument');
    const hosts = Array.from(doc.getElementsByTagNameNS(NS.app, 'Host')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    const sets = Array.from(doc.getElementsByTagNameNS(NS.app, 'Set')).map(
      (s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`,
    );
    expect(sets).toEqual(['SharedRuntime 1.1', 'CustomFunctionsRuntime 1.2']);
    expect(doc.getElementsByTagNameNS(NS.app, 'AppDomains')).toHaveLength(0);
  });

  it('resolves every resid to a resource of the right kind, and uses every resource', () => {
    expect(checkResourceReferences(doc)).toEqual([]);
  });

  it('uses one resid for the shared runtime (Runtime, CustomFunctions Page, FunctionFile, the button); the Script is functions.js', () => {
    expect(sharedRuntimeResid(doc)).toBe('Taskpane.Url');
    expect(resources(doc).get('Taskpane.Url')?.el.getAttribute('DefaultValue')).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(resources(doc).get('Functions.Script.Url')?.el.getAttribute('DefaultValue')).toBe(
      `${DEV_BASE_URL}functions.js`,
    );
    expect(checkSharedRuntime(doc)).toEqual([]);
  });

  it('declares the TDKT namespace and a Home-tab button that opens the task pane', () => {
    expect(resources(doc).get('Functions.Namespace')?.el.getAttribute('DefaultValue')).toBe('TDKT');
    const tab = doc.getElementsByTagNameNS(NS.ov, 'OfficeTab')[0];
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const action = Array.from(doc.getElementsByTagNameNS(NS.ov, 'Action'))[0];
    expect(action?.getAttributeNS(NS.xsi, 'type')).toBe('ShowTaskpane');
    expect(action?.getElementsByTagNameNS(NS.ov, 'TaskpaneId')[0]?.textContent).toBe('ButtonId1');
  });

  it('uses https for every URL', () => {
    expect(checkHttps(doc)).toEqual([]);
  });

  it(`keeps ids and resids within ${MAX_ID_LENGTH} characters`, () => {
    expect(checkIdLengths(doc)).toEqual([]);
  });

  it('has a n.n.n.n version and a GUID id', () => {
    expect(checkVersionAndId(doc)).toEqual([]);
  });

  it('points every icon to an existing PNG of the size it is used at', () => {
    expect(checkIcons(doc, root)).toEqual([]);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(resolve(root, 'assets', `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it('has vi-VN text for every string and the Vietnamese functions metadata', () => {
    expect(checkVietnamese(doc)).toEqual([]);
  });

  it('passes all checks together (what npm run validate runs)', () => {
    expect(checkManifest(xml, { root })).toEqual([]);
  });
});

describe('the checks catch broken manifests', () => {
  const broken = (from: string | RegExp, to: string) => {
    const changed = xml.replace(from, to);
    expect(changed).not.toBe(xml);
    return parseManifest(changed);
  };

  it('an unresolved or mistyped resid', () => {
    expect(checkResourceReferences(broken('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'))).toEqual(
      expect.arrayContaining([
        '<Label resid="Group.Lable"> points to no resource',
        'resource "Group.Label" is never referenced',
      ]),
    );
    expect(
      checkResourceReferences(
        broken('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="TaskpaneButton.Tooltip"/>'),
      ),
    ).toContain('<Namespace resid="TaskpaneButton.Tooltip"> must point to a ShortString, not a LongString');
  });

  it('a shared runtime split across two URLs', () => {
    const d = broken('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>');
    expect(checkSharedRuntime(d)).toEqual([
      '<FunctionFile> uses resid "GetStarted.LearnMoreUrl", the shared runtime uses "Taskpane.Url"',
    ]);
    expect(checkSharedRuntime(broken('lifetime="long"', 'lifetime="short"'))).toEqual([
      '<Runtime> must have lifetime="long"',
    ]);
    expect(
      checkSharedRuntime(
        broken('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Taskpane.Url"/>'),
      ),
    ).toEqual(expect.arrayContaining([expect.stringContaining('<Script> must point to a .js file')]));
  });

  it('http, long ids, bad versions', () => {
    expect(
      checkHttps(broken('https://localhost:3000/support.html"/>', 'http://localhost:3000/support.html"/>')),
    ).toHaveLength(1);
    expect(checkIdLengths(broken(/"Icon\.16x16"/g, '"Icon.16x16.with.a.much.longer.name"'))).not.toEqual([]);
    expect(checkVersionAndId(broken(/<Version>[^<]*<\/Version>/, '<Version>1.0</Version>'))).toHaveLength(1);
  });

  it('a missing icon or one of the wrong size', () => {
    expect(checkIcons(broken('assets/icon-16.png', 'assets/icon-17.png'), root)).toEqual([
      expect.stringContaining('icon-17.png does not exist'),
    ]);
    expect(checkIcons(broken('assets/icon-16.png', 'assets/icon-32.png'), root)).toEqual([
      expect.stringContaining('is 32×32, expected 16×16'),
    ]);
  });

  it('a string or the functions metadata without Vietnamese', () => {
    expect(checkVietnamese(broken('<bt:Override Locale="vi-vn" Value="Khối thi đua"/>', ''))).toEqual([
      'string "TaskpaneButton.Label" has no <bt:Override Locale="vi-vn">',
    ]);
    expect(checkVietnamese(broken('functions-vi.json', 'functions.json'))).toEqual([
      expect.stringContaining('pointing to functions-vi.json'),
    ]);
  });
});

describe('BLOCRANK_URL substitution', () => {
  it('defaults to the development URL and insists on https with a trailing slash', () => {
    expect(resolveBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('')).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('https://addin.example.org/blocrank')).toBe('https://addin.example.org/blocrank/');
    expect(() => resolveBaseUrl('http://addin.example.org/')).toThrow(/https/);
    expect(() => resolveBaseUrl('not a url')).toThrow(/not a URL/);
  });

  it('a production build has its own fixed <Id>, overridable, and the version of package.json', () => {
    const base = 'https://addin.example.org/blocrank/';
    expect(PRODUCTION_ADDIN_ID).not.toBe(DEV_ADDIN_ID);
    expect(resolveAddinId(DEV_BASE_URL, undefined)).toBeUndefined(); // the development manifest keeps its own
    expect(resolveAddinId(base, undefined)).toBe(PRODUCTION_ADDIN_ID);
    expect(resolveAddinId(base, ' 3f2504e0-4f89-41d3-9a0c-0305e82c3301 ')).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(() => resolveAddinId(base, 'not-a-guid')).toThrow(/GUID/);
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.10.3-beta.1')).toBe('2.10.3.0');
    const out = parseManifest(buildManifest(xml, { baseUrl: base, version: '2.10.3.0', id: PRODUCTION_ADDIN_ID }));
    const text = (local: string) => out.getElementsByTagNameNS(NS.app, local)[0]?.textContent?.trim();
    expect(text('Id')).toBe(PRODUCTION_ADDIN_ID);
    expect(text('Version')).toBe('2.10.3.0');
    expect(checkVersionAndId(out)).toEqual([]);
  });

  it('replaces every development URL and keeps the manifest valid for the checks', () => {
    const base = 'https://addin.example.org/blocrank/';
    const out = substituteBaseUrl(xml, base);
    expect(out).not.toContain('localhost');
    expect(out.split(base).length).toBe(xml.split(DEV_BASE_URL).length);
    expect(checkManifest(out, { root, baseUrl: base })).toEqual([]);
  });
});
