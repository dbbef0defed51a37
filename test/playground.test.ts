import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveStatic } from './helpers/browser.js';
import { ROOT, SEEDS } from './helpers/paths.js';
import { align, clean, decode, normalize, paragraphs, repair, splitLines } from '../src/index.js';

// The playground (docs/playground) in real headless Chromium, served like `npm run playground`
// serves it. Expected numbers come from the library itself (src/index.ts) on the same input,
// so these tests check the page's wiring and drawing, not the library's quality.
const OUT = join(ROOT, 'test-output');
const seed000 = new Uint8Array(readFileSync(SEEDS.s000));
const seed001 = readFileSync(SEEDS.s001, 'utf8');

describe('playground page in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const errors: string[] = [];

  const text = (sel: string) => page.locator(sel).innerText();
  const requests: string[] = [];
  /** Runs `act`, waits until the page has finished (done or error) and checks it ended as expected. */
  async function until(state: 'done' | 'error', act: () => Promise<unknown>): Promise<void> {
    await page.evaluate(() => (document.body.dataset.state = 'waiting'));
    await act();
    await page.waitForSelector('body[data-state=done], body[data-state=error]', { timeout: 30_000 });
    const ended = await page.evaluate(() => document.body.dataset.state);
    if (ended !== state) throw new Error(`page ended in "${ended}": ${await page.locator('#error').innerText()}`);
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    server = await serveStatic(ROOT);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    context.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/docs/playground/`);
    await page.waitForSelector('body[data-state=idle]', { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('decodes seed 000 from a file and shows what the library did: encoding, fixes, dropped lines', async () => {
    await until('done', () => page.setInputFiles('#file', SEEDS.s000));
    // The seed is a UTF-8 file (checked independently: a fatal UTF-8 decoder accepts it).
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(seed000)).not.toThrow();
    expect(await text('#enc-name')).toBe('utf-8');
    const d = decode(seed000);
    expect(d.encoding).toBe('utf-8');

    const lib = normalize(seed000);
    const rep = repair(d.text);
    const decisions = clean(rep.text).lines;
    expect(await text('#fix-count')).toBe(String(lib.report.fixes.length));
    expect(await text('#drop-count')).toBe(String(lib.report.lines.dropped));
    expect(rep.fixes.length).toBe(lib.report.fixes.length);

    // Every line drawn, every fix drawn exactly once, every dropped line struck with its reason.
    expect(await page.locator('#repaired .line').count()).toBe(splitLines(rep.text).length);
    expect(await page.locator('#repaired mark.fix').count()).toBe(rep.fixes.length);
    const dropped = decisions.filter((l) => !l.keep);
    const shown = await page.$$eval('#repaired .line.dropped', (els) =>
      els.map((el) => ({ line: Number(el.querySelector('.ln')!.textContent) - 1, reason: el.querySelector('.why')!.textContent })),
    );
    expect(shown).toEqual(dropped.map((l) => ({ line: l.line, reason: l.reason ?? 'unspecified' })));
    // The repaired text as drawn (line by line, markers aside) is repair()'s text.
    const drawn = await page.$$eval('#repaired .line .tx', (els) => els.map((el) => el.textContent));
    expect(drawn).toEqual(splitLines(rep.text).map((l) => l.text));
    // No conversion asked: the result is normalize()'s text as it is.
    expect(await page.locator('#result').textContent()).toBe(lib.text);
    expect(await text('#config')).toBe('none');
    expect(errors).toEqual([]);
  });

  it('explains a fix on hover: kind, before and after', async () => {
    const fixes = repair(decode(seed000).text).fixes;
    // Seed 000 is full of pinyin annotations (corruption model, layer 1); pick the first one.
    const i = fixes.findIndex((f) => f.kind === 'pinyin-annotation');
    expect(i).toBeGreaterThanOrEqual(0);
    const mark = page.locator(`#repaired mark.fix[data-fix="${i}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const body = await tip.innerText();
    expect(body).toContain('pinyin-annotation');
    expect(body).toContain(fixes[i].before);
    expect(body).toContain('(nothing)'); // an annotation is removed: after is empty
    await page.screenshot({ path: join(OUT, 'playground-tooltip.png') });
  });

  it('converts to the chosen OpenCC variant and shows exactly what normalize() returns', async () => {
    await until('done', () => page.selectOption('#opt-to', 'cn'));
    const lib = normalize(seed000, { to: 'cn' });
    expect(await page.locator('#result').textContent()).toBe(lib.text);
    expect(lib.report.conversion?.config).toBeDefined();
    expect(await text('#config')).toContain(lib.report.conversion!.config);
    // Independent check of the conversion itself: the headline 這些年輕科學… in simplified (OpenCC t2s: 這→这, 輕→轻, 學→学).
    expect(lib.text).toContain('这些年轻科学');
    expect(await page.locator('#result').textContent()).toContain('这些年轻科学');
  });

  it('aligns the result with a second version side by side and marks low-score pairs', async () => {
    await page.fill('#input-b', seed001);
    await until('done', () => page.click('#align'));
    const a = normalize(seed000, { to: 'cn' }).text;
    const { pairs } = align(a, seed001);
    expect(pairs.length).toBeGreaterThan(0);
    const rows = page.locator('#pairs tbody tr.pair');
    expect(await rows.count()).toBe(pairs.length);
    expect(await page.locator('#pairs tbody tr.pair.low').count()).toBe(pairs.filter((p) => p.score < 0.5).length);
    // The first pair shows the paragraphs the aligner paired, on the right sides.
    const pa = paragraphs(a);
    const pb = paragraphs(seed001);
    const first = rows.first().locator('td');
    expect(await first.nth(1).innerText()).toBe(pairs[0].a.map((i) => pa[i].text).join('\n'));
    expect(await first.nth(3).innerText()).toBe(pairs[0].b.map((i) => pb[i].text).join('\n'));
    expect(await first.nth(2).innerText()).toBe(pairs[0].score.toFixed(2));
    // Blocks off screen are laid out only once in view (content-visibility), one frame later:
    // make the whole page the viewport, let frames pass, then take the picture.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1200, height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: join(OUT, 'playground.png') });
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('downloads the result text and the JSON report', async () => {
    const lib = normalize(seed000, { to: 'cn' });
    const [textDl] = await Promise.all([page.waitForEvent('download'), page.click('#save-text')]);
    expect(readFileSync((await textDl.path())!, 'utf8')).toBe(lib.text);
    const [reportDl] = await Promise.all([page.waitForEvent('download'), page.click('#save-report')]);
    expect(reportDl.suggestedFilename()).toBe('000_9f9bdcc456276151.report.json');
    expect(JSON.parse(readFileSync((await reportDl.path())!, 'utf8'))).toEqual(JSON.parse(JSON.stringify(lib.report)));
  });

  it('decodes with the encoding the person picks', async () => {
    // 中文 in GBK is D6 D0 CE C4 (hand-checked, as in the browser test); as Big5 the same bytes read differently.
    const bytes = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]);
    await page.selectOption('#opt-to', '');
    await until('done', () => page.setInputFiles('#file', { name: 'x.txt', mimeType: 'text/plain', buffer: bytes }));
    await until('done', () => page.selectOption('#enc-override', 'gbk'));
    expect(await text('#enc-name')).toBe('gbk');
    expect(await page.locator('#result').textContent()).toBe(normalize(new Uint8Array(bytes), { encoding: 'gbk' }).text);
    expect(await page.locator('#result').textContent()).toContain('中文');
    await until('done', () => page.selectOption('#enc-override', 'big5'));
    expect(await text('#enc-name')).toBe('big5');
    expect(await page.locator('#result').textContent()).toBe(normalize(new Uint8Array(bytes), { encoding: 'big5' }).text);
  });

  it('takes pasted text (no decoding) and reports bad input as a one-line error with its code', async () => {
    const pasted = '網(wǎng)易首頁(yè)\n正文';
    await page.fill('#input', pasted);
    await until('done', () => page.click('#run'));
    expect(await text('#enc-name')).toBe('text (not decoded)');
    expect(await page.locator('#result').textContent()).toBe(normalize(pasted).text);

    const binary = Buffer.alloc(64); // all NUL: not text
    await until('error', () => page.setInputFiles('#file', { name: 'blob.bin', mimeType: 'application/octet-stream', buffer: binary }));
    const msg = await text('#error');
    expect(msg).toMatch(/^BINARY_INPUT: /);
    expect(msg.split('\n')).toHaveLength(1);
  });

  it('loads conversion data only when asked: none without a conversion, no S→T data for T→S', async () => {
    // A fresh page (service worker blocked, so every fetch is seen). Dictionary chunks of the
    // browser build are named after OpenCC's dictionaries (STCharacters-….js, TSPhrases-….js).
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const seen: string[] = [];
      ctx.on('request', (r) => seen.push(new URL(r.url()).pathname));
      const p = await ctx.newPage();
      await p.goto(`${server.url}/docs/playground/`);
      await p.waitForSelector('body[data-state=idle]', { timeout: 30_000 });
      const dicts = () => seen.filter((x) => /^\/dist\/browser\/[A-Z][A-Za-z_]*-[A-Z0-9]+\.js$/.test(x));
      const st = () => dicts().filter((x) => /\/ST(Characters|Phrases)/.test(x));
      const step = async (act: () => Promise<unknown>) => {
        await p.evaluate(() => (document.body.dataset.state = 'waiting'));
        await act();
        await p.waitForSelector('body[data-state=done], body[data-state=error]', { timeout: 30_000 });
        expect(await p.locator('#error').isVisible()).toBe(false);
      };
      await step(() => p.setInputFiles('#file', SEEDS.s000));
      expect(dicts()).toEqual([]);
      await p.selectOption('#opt-from', 't');
      await step(() => p.selectOption('#opt-to', 'cn'));
      expect(await p.locator('#config').innerText()).toBe('t2s');
      expect(await p.locator('#result').textContent()).toBe(normalize(seed000, { from: 't', to: 'cn' }).text);
      expect(dicts().some((x) => x.includes('/TSCharacters-'))).toBe(true);
      expect(st()).toEqual([]);
      await p.selectOption('#opt-from', 'cn');
      await step(() => p.selectOption('#opt-to', 'tw'));
      expect(await p.locator('#config').innerText()).toBe('s2tw');
      expect(st().length).toBeGreaterThan(0);
    } finally {
      await ctx.close();
    }
  });

  it('works offline once loaded (service worker copy)', async () => {
    // Wait until the service worker holds the library module the worker imported.
    const lib = requests.find((p) => /^\/dist\/browser\/(lazy|index)\.js$/.test(p));
    expect(lib).toBeDefined();
    await expect
      .poll(() => page.evaluate(async (p) => Boolean(await caches.match(new URL(p, location.href).href)), lib!), { timeout: 30_000 })
      .toBe(true);
    await context.setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('body[data-state=idle]', { timeout: 30_000 });
      await until('done', () => page.setInputFiles('#file', SEEDS.s000));
      expect(await page.locator('#result').textContent()).toBe(normalize(seed000).text);
    } finally {
      await context.setOffline(false);
    }
  });
});
