// detect/decode in a real headless Chromium (dist/browser), where TextDecoder follows the WHATWG
// standard exactly (Node's ICU decoders differ in places): same answers, and the reported
// invalid spans still match what the browser's decoder replaced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openLibraryPage, type LibraryPage } from './helpers/browser.js';
import { ROOT, readSeed } from './helpers/paths.js';
import iconv from 'iconv-lite';
import { encodeLegacy } from '../src/encoding/tables.js';
import type * as Zhnorm from '../src/index.js';

type W = { zhnorm: typeof Zhnorm };

describe('detect and decode in headless Chromium', () => {
  let lib: LibraryPage;
  let page: Page;

  beforeAll(async () => {
    lib = await openLibraryPage(ROOT);
    page = lib.page;
  });

  afterAll(async () => {
    await lib?.close();
  });

  it('detects GBK, Big5 and UTF-16 text, and binary', async () => {
    const line = readSeed('s004').split('\n').find((l) => l.length > 60)!;
    const trad = readSeed('s001').split('\n').find((l) => l.length > 60 && encodeLegacy(l, 'big5'))!;
    const inputs = {
      gbk: Array.from(encodeLegacy(line, 'gbk')!),
      big5: Array.from(encodeLegacy(trad, 'big5')!),
      le: Array.from(line, (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat(),
      png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0],
    };
    const out = await page.evaluate((i) => {
      const z = (window as unknown as W).zhnorm;
      const d = (a: number[]): string => z.detect(new Uint8Array(a)).encoding;
      return [d(i.gbk), d(i.big5), d(i.le), d(i.png), z.decode(new Uint8Array(i.gbk)).text];
    }, inputs);
    expect(out).toEqual(['gb18030', 'big5', 'utf-16le', 'binary', line]);
  });

  it('Big5-HKSCS (Cantonese characters the browser decoder has) is big5 and decodes exactly', async () => {
    const text = '我哋今日去咗飲茶，啲點心好好食，不過佢哋冇嚟。呢度嘅嘢好平。';
    const bytes = Array.from(iconv.encode(text, 'big5hkscs')); // iconv-lite as the independent encoder
    expect(bytes.slice(2, 4)).toEqual([0x92, 0x5d]); // 哋: an HKSCS code (lead below 0xA1)
    const out = await page.evaluate((a) => {
      const z = (window as unknown as W).zhnorm;
      const r = z.decode(new Uint8Array(a));
      return [r.encoding, r.text, r.invalid?.length];
    }, bytes);
    expect(out).toEqual(['big5', text, 0]);
  });

  it('windows-1252 0x80–0x9F decode to “ ” — € as the standard says', async () => {
    const out = await page.evaluate(() => (window as unknown as W).zhnorm.decode(new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]), { hint: 'windows-1252' }).text);
    expect(out).toBe('\u201cHi\u201d \u2014 \u20ac5');
  });

  it('invalid spans match what the browser decoder replaced, for random bytes in six codecs', async () => {
    const bad = await page.evaluate(() => {
      const z = (window as unknown as W).zhnorm;
      let seed = 7;
      const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0), seed >>> 24);
      const failures: string[] = [];
      for (const label of ['utf-8', 'utf-16le', 'gb18030', 'big5', 'shift_jis', 'euc-kr']) {
        for (let n = 0; n < 300; n++) {
          const bytes = Uint8Array.from({ length: 1 + (rnd() % 16) }, () => (rnd() % 3 === 0 ? rnd() & 0x7f : rnd()));
          const r = z.decode(bytes, { hint: label });
          let rebuilt = '';
          let at = 0;
          for (const s of r.invalid ?? []) {
            rebuilt += new TextDecoder(label, { fatal: true }).decode(bytes.subarray(at, s.offset)) + '\ufffd';
            at = s.offset + s.length;
          }
          try {
            rebuilt += new TextDecoder(label, { fatal: true }).decode(bytes.subarray(at));
          } catch {
            rebuilt += '(invalid tail)';
          }
          if (rebuilt !== r.text) failures.push(`${label} ${Array.from(bytes).join(',')}`);
        }
      }
      return failures;
    });
    expect(bad).toEqual([]);
  });
});
