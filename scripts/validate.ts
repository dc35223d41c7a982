/**
 * `npm run validate`: offline validation of manifest.xml (and dist/manifest.xml when built):
 *   1. the XML schema, with xmllint and ../shared/schemas/addin-manifest (skipped with a warning if absent);
 *   2. the checks a schema cannot make (scripts/manifestChecks.ts).
 * Exit code 0 when everything that could be checked passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveBaseUrl } from './addinAssetsPlugin';
import { checkManifest } from './manifestChecks';
import { XMLLINT_MISSING, findManifestSchema, hasXmllint, validateWithSchema } from './manifestSchema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(): number {
  let failed = false;
  const targets: Array<{ label: string; file: string; root: string; baseUrl?: string }> = [
    { label: 'manifest.xml', file: resolve(root, 'manifest.xml'), root },
  ];
  const built = resolve(root, 'dist', 'manifest.xml');
  if (existsSync(built)) {
    const served = readFileSync(built, 'utf8').match(/<SourceLocation DefaultValue="([^"]+)taskpane\.html"/)?.[1];
    targets.push({
      label: 'dist/manifest.xml',
      file: built,
      root: resolve(root, 'dist'),
      baseUrl: served ? resolveBaseUrl(served) : undefined,
    });
  }

  const schema = findManifestSchema(root);
  if (!schema) {
    console.warn(
      '! XML schema not found (../shared/schemas/addin-manifest or $BLOCRANK_MANIFEST_XSD): schema validation skipped.',
    );
  } else if (!hasXmllint()) {
    console.error(`✗ ${XMLLINT_MISSING}`);
    failed = true;
  }

  for (const t of targets) {
    const xml = readFileSync(t.file, 'utf8');
    if (schema && !failed) {
      const r = validateWithSchema(schema, xml, t.label);
      console.log(r.ok ? `✓ ${t.label}: valid against ${schema}` : `✗ ${t.label}: schema errors\n${r.output}`);
      failed ||= !r.ok;
    }
    const problems = checkManifest(xml, { root: t.root, baseUrl: t.baseUrl });
    if (problems.length === 0)
      console.log(`✓ ${t.label}: references, shared runtime, https, ids, version, icons, vi-VN`);
    else console.log(`✗ ${t.label}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
