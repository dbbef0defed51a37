// Measures how the playground behaves on a 1 MB page in headless Chromium: how long the run
// takes and how long its main thread is ever blocked (long tasks over 50 ms),
// against running the same normalize() on the main thread. Input: the seeds, repeated to 1 MB.
// Usage: npx tsup && npx tsx scripts/playground-measure.ts [seeds, e.g. 000,003,004]   (prints a Markdown table)
import { readFileSync } from 'node:fs';
import { launchBrowser, serveStatic } from '../test/helpers/browser.js';
import { ROOT, SEEDS } from '../test/helpers/paths.js';

const TARGET = 1 << 20;

// Which seeds to repeat: all four damaged/clean ones unless named (e.g. `000,003,004`).
const PICK = (process.argv[2] ?? '000,002,003,004').split(',');

function input(): Buffer {
  const seeds = PICK.map((n) => readFileSync(SEEDS[`s${n}` as keyof typeof SEEDS]));
  const parts: Buffer[] = [];
  let n = 0;
  for (let i = 0; n < TARGET; i++) {
    const b = seeds[i % seeds.length];
    parts.push(b);
    n += b.length;
  }
  return Buffer.concat(parts);
}

/** Installed in the page before anything runs: records long tasks (over 50 ms) on the main thread. */
function watch(): void {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
}

async function main(): Promise<void> {
  const bytes = input();
  const server = await serveStatic(ROOT);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const to of ['', 'cn']) {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.addInitScript(watch);
      await page.goto(`${server.url}/docs/playground/`);
      await page.waitForSelector('body[data-state=idle]', { timeout: 60_000 });
      if (to) await page.selectOption('#opt-to', to);
      await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
      const t0 = Date.now();
      await page.setInputFiles('#file', { name: 'big.txt', mimeType: 'text/plain', buffer: bytes });
      await page.waitForSelector('body[data-state=done], body[data-state=error]', { timeout: 600_000 });
      const ms = Date.now() - t0;
      const again = await page.evaluate(() => (window as unknown as { lastRepairedAgain?: boolean }).lastRepairedAgain);
      console.error(`stages (worker, ${to || 'no conversion'}): ${await page.locator('#status').getAttribute('title')}${again ? ' (repair ran again for the display)' : ''}`);
      const m = await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        const total = w.longTasks.reduce((a, b) => a + b, 0);
        return { longest: Math.max(0, ...w.longTasks), total, state: document.body.dataset.state, lines: document.querySelectorAll('#repaired .line').length };
      });
      rows.push(`| playground (worker), ${to ? `to ${to}` : 'no conversion'} | ${m.state} | ${(ms / 1000).toFixed(1)} s | ${m.lines} | ${m.longest.toFixed(0)} ms | ${m.total.toFixed(0)} ms |`);

      // The peer: the same normalize() called on the page's main thread, as a page without a worker would.
      const direct = await page.evaluate(async ({ b64, to }) => {
        const url = '/dist/browser/index.js'; // a variable: TypeScript must not resolve the page's URL
        const lib = (await import(url)) as { normalize: (b: Uint8Array, o: object) => unknown };
        const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const t = performance.now();
        lib.normalize(data, to ? { to } : {});
        return performance.now() - t;
      }, { b64: bytes.toString('base64'), to });
      rows.push(`| normalize() on the main thread, ${to ? `to ${to}` : 'no conversion'} | done | ${(direct / 1000).toFixed(1)} s | — | ${direct.toFixed(0)} ms | ${direct.toFixed(0)} ms |`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`Input: ${bytes.length.toLocaleString('en')} bytes (seeds ${PICK.join(', ')} repeated), headless Chromium, shared 2-core machine.\n`);
  console.log('| run | state | time to result | lines drawn | longest main-thread task | main thread blocked in all (tasks > 50 ms) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
