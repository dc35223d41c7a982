/**
 * Rasterises assets/icon.svg into the PNG icons the manifest references
 * (assets/icon-16.png … icon-128.png). The PNGs are committed, so the build never needs a rasteriser;
 * run this only after changing the SVG:
 *
 *     node --import tsx scripts/icons.ts [path/to/chromium]
 *
 * Uses headless Chromium through playwright-core (no browser download): the executable comes from the
 * first argument, $CHROMIUM, or /usr/bin/chromium (Debian package `chromium`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The page that shows the SVG at exactly `size` × `size` CSS pixels on a transparent background. */
export function iconPage(svg: string, size: number): string {
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}
img{display:block;width:${size}px;height:${size}px}</style></head>
<body><img src="${data}" width="${size}" height="${size}" alt=""></body></html>`;
}

export async function renderIcons(executablePath: string): Promise<string[]> {
  const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, headless: true });
  const written: string[] = [];
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(iconPage(svg, size));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const out = join(root, 'assets', `icon-${size}.png`);
      writeFileSync(out, png);
      written.push(out);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return written;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const executablePath = process.argv[2] ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}. Install it (apt-get install chromium) or pass its path.`);
    process.exit(1);
  }
  for (const file of await renderIcons(executablePath)) console.log(`wrote ${file}`);
}
