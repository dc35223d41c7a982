// manifest.xml against the XML schema of add-in manifests, offline, with xmllint (Debian libxml2-utils).
// The XSDs live outside the repository, in ../shared/schemas/addin-manifest ($BLOCRANK_MANIFEST_XSD overrides);
// where they are absent the test is skipped with a warning. A missing xmllint is a failure: CI installs it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { PRODUCTION_ADDIN_ID, buildManifest, manifestVersion } from '../scripts/addinAssetsPlugin';
import { XMLLINT_MISSING, findManifestSchema, hasXmllint, validateWithSchema } from '../scripts/manifestSchema';

const root = resolve(import.meta.dirname, '..');
const schema = findManifestSchema(root);
const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');

if (!schema) {
  console.warn(
    'tests/manifest-schema.test.ts skipped: the add-in manifest XSDs were not found in ../shared/schemas/addin-manifest ' +
      '(set BLOCRANK_MANIFEST_XSD to OfficeAppManifestV1_1.xsd to run it).',
  );
}

describe('manifest.xml against OfficeAppManifestV1_1.xsd', () => {
  it.skipIf(!schema)('xmllint is installed', () => {
    expect(hasXmllint(), XMLLINT_MISSING).toBe(true);
  });

  it.skipIf(!schema)('manifest.xml is valid', () => {
    if (!hasXmllint()) throw new Error(XMLLINT_MISSING);
    const r = validateWithSchema(schema!, xml);
    expect(r.output).toMatch(/validates$/);
    expect(r.ok, r.output).toBe(true);
  });

  it.skipIf(!schema)('the production manifest (its URL, <Id> and version) is valid', () => {
    if (!hasXmllint()) throw new Error(XMLLINT_MISSING);
    const production = buildManifest(xml, {
      baseUrl: 'https://addin.example.org/blocrank/',
      version: manifestVersion(version),
      id: PRODUCTION_ADDIN_ID,
    });
    const r = validateWithSchema(schema!, production, 'dist/manifest.xml');
    expect(r.output).toMatch(/validates$/);
    expect(r.ok, r.output).toBe(true);
  });

  it.skipIf(!schema)('the schema does reject a broken manifest', () => {
    if (!hasXmllint()) throw new Error(XMLLINT_MISSING);
    const r = validateWithSchema(
      schema!,
      xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'),
    );
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/Permissions/);
  });
});
