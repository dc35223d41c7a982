/**
 * `npm start [-- desktop|web [office-addin-debugging options]] [-- --no-sideload]`
 *
 *   1. builds dist/ for https://localhost:3000/ (vite build);
 *   2. serves dist/ over https on localhost:3000 with the Office development certificates
 *      (office-addin-dev-certs getHttpsServerOptions(): created and trusted on first use);
 *   3. sideloads manifest.xml with `office-addin-debugging start manifest.xml` — desktop Excel on Windows
 *      and macOS; `npm start -- web --document <url of a workbook in OneDrive/SharePoint>` for Excel on the
 *      web. Elsewhere (Linux, CI) it only serves and prints how to load the add-in.
 *
 * The server stays in the foreground: Ctrl+C stops it; `npm run stop` also unloads the add-in.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerOptions } from 'node:https';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { DEV_BASE_URL } from './addinAssetsPlugin';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const PORT = 3000;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** The file of `dir` that a request path names, or undefined (outside `dir`, missing, a folder). */
export function staticFile(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  if (path === '/' || path === '') path = '/taskpane.html';
  const file = resolve(dir, `.${path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

async function httpsOptions(): Promise<ServerOptions> {
  const devCerts = createRequire(import.meta.url)('office-addin-dev-certs') as {
    getHttpsServerOptions(): Promise<ServerOptions>;
  };
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    // On Linux the CA install needs sudo; the certificates were created anyway: serve with them, untrusted.
    const dir = join(homedir(), '.office-addin-dev-certs');
    const [cert, key, ca] = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => join(dir, f));
    if (cert && key && existsSync(cert) && existsSync(key)) {
      console.warn(`! The development CA could not be trusted (${(err as Error).message.split('\n')[0]}).`);
      console.warn(`  Serving with ${cert} anyway; trust ${ca} in your browser/OS to avoid certificate warnings.`);
      return {
        cert: readFileSync(cert),
        key: readFileSync(key),
        ...(ca && existsSync(ca) ? { ca: readFileSync(ca) } : {}),
      };
    }
    throw err;
  }
}

function serve(options: ServerOptions): Promise<import('node:https').Server> {
  const server = createServer(options, (req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? staticFile(dist, req.url ?? '/') : undefined;
    // No Cache-Control header: Office caches add-in icons and replaces them if told not to cache.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(PORT, 'localhost', () => resolvePromise(server));
  });
}

/** Runs `office-addin-debugging start manifest.xml <args>`; resolves with its exit code. */
function sideload(args: readonly string[]): Promise<number> {
  const cli = join(dirname(createRequire(import.meta.url).resolve('office-addin-debugging/package.json')), 'cli.js');
  const child = spawn(process.execPath, [cli, 'start', 'manifest.xml', ...args], { cwd: root, stdio: 'inherit' });
  return new Promise((r) => child.on('exit', (code) => r(code ?? 1)));
}

function printHelp(sideloaded: boolean): void {
  console.log(`
BlocRank is served at ${DEV_BASE_URL} (task pane: ${DEV_BASE_URL}taskpane.html). Ctrl+C stops the server.
${
  sideloaded
    ? 'Excel was asked to load the add-in (Home tab > BlocRank; functions: =TDKT.VERSION()).'
    : `No Excel was started on this machine. To load the add-in:
  - Excel on the web: open a workbook, then Home > Add-ins > More Add-ins (or Insert > Add-ins) >
    Upload My Add-in, and choose manifest.xml from this folder. The browser must trust the development
    certificate (~/.office-addin-dev-certs/ca.crt), or open ${DEV_BASE_URL}taskpane.html once and accept it.
  - or on Windows / macOS: npm start (sideloads desktop Excel); npm start -- web --document <workbook URL>.`
}
npm run stop unloads the add-in and stops debugging.`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const noSideload = args.includes('--no-sideload');
  const passThrough = args.filter((a) => a !== '--no-sideload');

  if (process.env.BLOCRANK_URL && process.env.BLOCRANK_URL !== DEV_BASE_URL) {
    console.warn(`! BLOCRANK_URL=${process.env.BLOCRANK_URL} is ignored by npm start: it serves ${DEV_BASE_URL}.`);
  }
  process.env.BLOCRANK_URL = DEV_BASE_URL;
  await build({ configFile: resolve(root, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn' });
  console.log(`Built dist/ for ${DEV_BASE_URL}`);

  const server = await serve(await httpsOptions());
  const stop = (): void => {
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const platformCanSideload = process.platform === 'win32' || process.platform === 'darwin';
  const target = passThrough[0] === 'web' || passThrough[0] === 'desktop' ? passThrough[0] : undefined;
  let sideloaded = false;
  if (!noSideload && (target === 'web' || platformCanSideload)) {
    const code = await sideload(target ? passThrough : ['desktop', ...passThrough]);
    sideloaded = code === 0;
    if (!sideloaded) console.warn(`! office-addin-debugging exited with code ${code}; the server keeps running.`);
  }
  printHelp(sideloaded);
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
