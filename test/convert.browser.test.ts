// The lazy self-contained browser build (dist/browser/lazy.js) in headless Chromium: a T→S config
// loads only its own dictionary chunks, never STPhrases; the synchronous convert() explains
// itself with NOT_LOADED until preload() ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.js';
import { ROOT } from './helpers/paths.js';
import type * as Zhnorm from '../src/index.js';

type W = { lazy: typeof Zhnorm };

describe('lazy browser build', () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(ROOT);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/test/helpers/blank.html`);
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 30_000 });
    // A string, so the test runner does not rewrite the page's import().
    await page.evaluate('import("/dist/browser/lazy.js").then((m) => { window.lazy = m; })');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('throws NOT_LOADED before preload, converts after, and T→S never fetches STPhrases', async () => {
    const before = await page.evaluate(() => {
      try {
        (window as unknown as W).lazy.convert('漢字', { config: 't2s' });
        return 'no error';
      } catch (e) {
        return `${(e as { code: string }).code}: ${(e as Error).message}`;
      }
    });
    expect(before).toMatch(/^NOT_LOADED: call await preload\("t2s"\) first/);

    const n = requested.length;
    const t2s = await page.evaluate(async () => {
      const z = (window as unknown as W).lazy;
      await z.preload('t2s');
      return z.convert('漢字', { config: 't2s' });
    });
    expect(t2s).toBe('汉字');
    const forT2s = requested.slice(n).filter((p) => p.includes('/dist/browser/'));
    expect(forT2s.some((p) => p.includes('/TSCharacters-'))).toBe(true);
    expect(requested.some((p) => p.includes('/STPhrases-'))).toBe(false);

    // S→T loads on first use: OpenCC's s2twp test case.
    const s2twp = await page.evaluate(async () => {
      const z = (window as unknown as W).lazy;
      const conv = await z.loadConverter('s2twp');
      return conv('我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。');
    });
    expect(s2twp).toBe('我們在寮國的伺服器的硬碟需要使用網際網路演算法軟體解決非同步的問題。');
    expect(requested.some((p) => p.includes('/STPhrases-'))).toBe(true);
  });
});
