// Measures what the home screen really downloads: every JS and CSS response Chromium fetches while
// opening the home screen, gzip-compressed here (vite preview serves them uncompressed).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchFreshChromium } from '../../tests/support/chromium.ts';
import { buildAndServeKiosk } from '../../tests/support/kiosk-server.ts';

/** The bytes the home screen loads, by type, and the files behind them. */
export interface BundleBenchResult {
  jsGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
  /** JS+CSS the home screen loads lazily once shown (content loader with zod validation). */
  lazyGzipBytes: number;
  files: Array<{ path: string; gzipBytes: number; isInitial: boolean }>;
}

/** Builds the kiosk, opens the home screen in Chromium and sums the gzip size of its JS and CSS. */
export async function runBundleBench(): Promise<BundleBenchResult> {
  const server = await buildAndServeKiosk();
  const browser = await launchFreshChromium();
  try {
    const page = await browser.context.newPage();
    const files: BundleBenchResult['files'] = [];
    // Initial = what dist/index.html references (entry, modulepreload, stylesheet): needed before first paint.
    const indexHtml = readFileSync('dist/index.html', 'utf8');
    const initialPaths = new Set([...indexHtml.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) => match[1]));
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!/\.(js|css)$/.test(url.pathname)) return;
      const isInitial = initialPaths.has(url.pathname);
      pending.push(response.body().then((body) => void files.push({ path: url.pathname, gzipBytes: gzipSync(body, { level: 9 }).length, isInitial })));
    });
    await page.goto(server.url);
    await page.locator('.tiles').waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const sum = (filter: (file: BundleBenchResult['files'][number]) => boolean) => files.filter(filter).reduce((total, file) => total + file.gzipBytes, 0);
    const jsGzipBytes = sum((file) => file.isInitial && file.path.endsWith('.js'));
    const cssGzipBytes = sum((file) => file.isInitial && file.path.endsWith('.css'));
    return { jsGzipBytes, cssGzipBytes, totalGzipBytes: jsGzipBytes + cssGzipBytes, lazyGzipBytes: sum((file) => !file.isInitial), files };
  } finally {
    await browser.close();
    await server.close();
  }
}
