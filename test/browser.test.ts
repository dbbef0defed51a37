import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLibraryPage, type LibraryPage } from './helpers/browser.js';
import { ROOT } from './helpers/paths.js';
import type * as Zhnorm from '../src/index.js';

// Inside the page, window.zhnorm is the module the page imported from dist/browser/index.js.
type W = { zhnorm: typeof Zhnorm };

// The self-contained ESM build (dist/browser) imported in a real headless Chromium.
describe('browser ESM bundle in headless Chromium', () => {
  let lib: LibraryPage;
  let page: Page;

  beforeAll(async () => {
    lib = await openLibraryPage(ROOT);
    page = lib.page;
    expect(lib.errors).toEqual([]);
  });

  afterAll(async () => {
    await lib?.close();
  });

  it('imports the bundle and converts simplified to Taiwan traditional', async () => {
    const out = await page.evaluate(() => (window as unknown as W).zhnorm.convert('我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。', { config: 's2twp' }));
    // Expected value: OpenCC's own test case (fixtures/opencc/testcases.json, s2twp).
    expect(out).toBe('我們在寮國的伺服器的硬碟需要使用網際網路演算法軟體解決非同步的問題。');
  });

  it('runs repair on a string and keeps clean text byte for byte', async () => {
    const clean = '中文 text 😀 (ok)?\n第二行';
    const out = await page.evaluate((s) => (window as unknown as W).zhnorm.repair(s), clean);
    expect(out.text).toBe(clean);
    expect(out.fixes).toEqual([]);
  });

  it('decodes GBK bytes with the browser TextDecoder', async () => {
    const out = await page.evaluate(() => (window as unknown as W).zhnorm.decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), { hint: 'gbk' }).text);
    expect(out).toBe('中文');
  });
});
