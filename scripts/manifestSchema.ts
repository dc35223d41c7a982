/**
 * Offline XML-schema validation of the manifest with xmllint (Debian package libxml2-utils) and the XSDs in
 * ../shared/schemas/addin-manifest (override with $BLOCRANK_MANIFEST_XSD).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const XMLLINT_MISSING =
  'xmllint is not installed: install libxml2-utils (apt-get install -y libxml2-utils; macOS ships xmllint).';

/** The OfficeApp 1.1 XSD for the repository at `root`, or undefined when it is absent. */
export function findManifestSchema(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate =
    env.BLOCRANK_MANIFEST_XSD ||
    resolve(root, '..', 'shared', 'schemas', 'addin-manifest', 'OfficeAppManifestV1_1.xsd');
  return existsSync(candidate) ? candidate : undefined;
}

export function hasXmllint(): boolean {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

export interface SchemaResult {
  ok: boolean;
  /** xmllint's messages (it writes them to stderr). */
  output: string;
}

/** Validates XML text (passed on stdin, so substituted manifests need no temporary file). */
export function validateWithSchema(schema: string, xml: string, label = 'manifest.xml'): SchemaResult {
  const r = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw new Error(`${XMLLINT_MISSING} (${r.error.message})`);
  const output = `${r.stdout}${r.stderr}`.replace(/^-(?=[: ])/gm, label).trim();
  return { ok: r.status === 0, output };
}
