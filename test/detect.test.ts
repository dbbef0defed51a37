// detect(): hand-checked cases. Byte values below were worked out by hand from the code charts
// (中 U+4E2D: UTF-8 E4 B8 AD, GBK D6 D0, Big5 A4 A4; 文 U+6587: UTF-8 E6 96 87, GBK CE C4, Big5 A4 E5).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../src/index.js';
import { DETECT_PREFIX } from '../src/encoding/detect.js';
import iconv from 'iconv-lite';
import { encodeLegacy } from '../src/encoding/tables.js';
import { FIXTURES, readSeed } from './helpers/paths.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

/** The article lines of a seed (the long, mostly-Han ones). */
function articleLines(name: 's001' | 's004'): string[] {
  return readSeed(name)
    .split('\n')
    .filter((l) => l.length >= 40 && !/[a-z]{4}/i.test(l.slice(0, 10)));
}

describe('detect: the byte tables used below', () => {
  it('agree with the hand-computed bytes of 中文', () => {
    expect(Array.from(utf8('中文'))).toEqual([0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87]);
    expect(Array.from(encodeLegacy('中文', 'gbk')!)).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    expect(Array.from(encodeLegacy('中文', 'big5')!)).toEqual([0xa4, 0xa4, 0xa4, 0xe5]);
    expect(Array.from(utf16('中文', true))).toEqual([0x2d, 0x4e, 0x87, 0x65]);
    expect(Array.from(utf16('中文', false))).toEqual([0x4e, 0x2d, 0x65, 0x87]);
  });
});

describe('detect: edge inputs', () => {
  it('empty input: utf-8 with confidence 0 and no candidates', () => {
    expect(detect(new Uint8Array(0))).toEqual({ encoding: 'utf-8', confidence: 0, candidates: [] });
  });

  it('ASCII-only input: utf-8 (every ASCII-compatible codec reads it the same)', () => {
    const d = detect(utf8('Hello, world! 1787-09-17\nSecond line.\n'));
    expect(d.encoding).toBe('utf-8');
    expect(d.confidence).toBeGreaterThan(0.99);
    expect(d.candidates.map((c) => c.encoding)).not.toContain('gb18030');
  });

  it('a BOM is decisive', () => {
    expect(detect(cat(Uint8Array.of(0xef, 0xbb, 0xbf), encodeLegacy('中文', 'gbk')!))).toMatchObject({ encoding: 'utf-8', confidence: 1 });
    expect(detect(Uint8Array.of(0xff, 0xfe, 0x2d, 0x4e))).toMatchObject({ encoding: 'utf-16le', confidence: 1 });
    expect(detect(Uint8Array.of(0xfe, 0xff, 0x4e, 0x2d))).toMatchObject({ encoding: 'utf-16be', confidence: 1 });
  });

  it('binary: a PNG header is binary, not Chinese', () => {
    // PNG signature, then the IHDR chunk of a 16×16 RGBA image and the start of an IDAT chunk.
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00,
      0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0xf3, 0xff, 0x61, 0x00, 0x00, 0x00, 0x2c, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63,
      0x60, 0x18, 0x05, 0xa3, 0x60, 0x14, 0x8c, 0x02, 0x08, 0x00, 0x00, 0x04, 0x10, 0x00, 0x01, 0x85, 0x3f, 0xaa, 0x72,
    ]);
    expect(detect(png).encoding).toBe('binary');
  });

  it('binary: random bytes with NULs are binary', () => {
    let x = 12345;
    const bytes = Uint8Array.from({ length: 4096 }, () => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
    expect(bytes.includes(0)).toBe(true);
    const d = detect(bytes);
    expect(d.encoding).toBe('binary');
    expect(d.confidence).toBeGreaterThan(0.9);
  });

  it('UTF-16 text with NULs is not binary', () => {
    expect(detect(utf16('Hello, world. This is plain text in UTF-16.', true)).encoding).toBe('utf-16le');
    expect(detect(utf16('Hello, world. This is plain text in UTF-16.', false)).encoding).toBe('utf-16be');
  });
});

describe('detect: Chinese in every encoding, seeds 004 (simplified) and 001 (traditional)', () => {
  const lines = [...articleLines('s004').slice(0, 6), ...articleLines('s001').slice(0, 6)];
  it('has the lines it needs', () => expect(lines.length).toBe(12));
  for (const [enc, fam] of [
    ['utf-8', 'utf-8'],
    ['gbk', 'gb18030'],
    ['big5', 'big5'],
    ['utf-16le', 'utf-16le'],
    ['utf-16be', 'utf-16be'],
  ] as const) {
    it(`${enc}: 12 characters and whole lines`, () => {
      for (const line of lines) {
        for (const text of [line.slice(0, 12), line]) {
          const bytes = enc === 'utf-8' ? utf8(text) : enc.startsWith('utf-16') ? utf16(text, enc === 'utf-16le') : encodeLegacy(text, enc as 'gbk' | 'big5');
          if (!bytes) continue; // a character Big5 lacks
          const d = detect(bytes);
          expect(d.encoding, `${enc} ${text}`).toBe(fam);
        }
      }
    });
  }

  it('confidences are probabilities, best first', () => {
    const d = detect(encodeLegacy(lines[0], 'gbk')!);
    const sum = d.candidates.reduce((a, c) => a + c.confidence, 0);
    expect(sum).toBeGreaterThan(0.99);
    expect(sum).toBeLessThan(1.01);
    for (let i = 1; i < d.candidates.length; i++) expect(d.candidates[i - 1].confidence).toBeGreaterThanOrEqual(d.candidates[i].confidence);
    expect(d.confidence).toBe(d.candidates[0].confidence);
  });
});

describe('detect: truncated and mixed input', () => {
  const text = '创造力是一种搜索。科研就是在人类未知领域中深入搜索';
  it('a GBK text cut in the middle of its last character is still gb18030', () => {
    const g = encodeLegacy(text, 'gbk')!;
    expect(detect(g.subarray(0, g.length - 1)).encoding).toBe('gb18030');
  });
  it('a UTF-8 text cut in the middle of its last character is still utf-8', () => {
    const u = utf8(text);
    expect(detect(u.subarray(0, u.length - 1)).encoding).toBe('utf-8');
    expect(detect(u.subarray(0, u.length - 2)).encoding).toBe('utf-8');
  });
  it('a UTF-8 file with one GBK line is utf-8', () => {
    const lines = articleLines('s004').slice(0, 5);
    const bytes = cat(utf8(lines[0] + '\n' + lines[1] + '\n'), encodeLegacy(lines[2] + '\n', 'gbk')!, utf8(lines[3] + '\n' + lines[4] + '\n'));
    expect(detect(bytes).encoding).toBe('utf-8');
  });
  it('a GBK file with one UTF-8 line is gb18030 (the majority codec; repair handles the line)', () => {
    const lines = articleLines('s004').slice(0, 5);
    const bytes = cat(encodeLegacy(lines[0] + '\n' + lines[1] + '\n', 'gbk')!, utf8(lines[2] + '\n'), encodeLegacy(lines[3] + '\n' + lines[4] + '\n', 'gbk')!);
    expect(detect(bytes).encoding).toBe('gb18030');
  });
});

describe('detect: non-Chinese text is not taken for Chinese', () => {
  const rows = readFileSync(join(FIXTURES, 'encoding/non-chinese.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string]);
  for (const enc of ['windows-1252', 'shift_jis', 'euc-kr'] as const) {
    it(enc, () => {
      const mine = rows.filter(([e]) => e === enc);
      expect(mine.length).toBeGreaterThanOrEqual(10);
      // iconv-lite as an independent encoder (Node 20's TextDecoder, behind encodeLegacy, lacks windows-1252's “ ” — €).
      for (const [, text] of mine) expect(detect(new Uint8Array(iconv.encode(text, enc))).encoding, text).toBe(enc);
    });
  }
});

describe('detect: large input', () => {
  it('an ASCII head longer than the prefix does not hide the Chinese after it', () => {
    const ascii = utf8('<meta name="x" content="an English preamble, plain ASCII">\n'.repeat(2000));
    expect(ascii.length).toBeGreaterThan(DETECT_PREFIX);
    const zh = '创造力是一种搜索。科研就是在人类未知领域中深入搜索，找到看似与最终目标不相关的踏脚石。\n';
    expect(detect(cat(ascii, encodeLegacy(zh, 'gbk')!)).encoding).toBe('gb18030');
    expect(detect(cat(ascii, encodeLegacy('科研就是在人類未知領域中深入搜索，找到看似與最終目標不相關的踏腳石。', 'big5')!)).encoding).toBe('big5');
    expect(detect(cat(ascii, utf8(zh))).encoding).toBe('utf-8');
  });

  it('reads a bounded prefix: what follows it does not matter', () => {
    const line = articleLines('s004')[0] + '\n';
    const head = encodeLegacy(line.repeat(Math.ceil((DETECT_PREFIX * 1.5) / line.length)), 'gbk')!;
    const tail = utf8('后面是另一种编码，但检测只读前缀。\n'.repeat(2000));
    const d = detect(cat(head.subarray(0, DETECT_PREFIX), tail));
    expect(d).toEqual(detect(head.subarray(0, DETECT_PREFIX)));
    expect(d.encoding).toBe('gb18030');
  });
});

describe('detect: the seed files as shipped and re-encoded', () => {
  for (const name of ['s000', 's001', 's002', 's003', 's004'] as const) {
    it(`${name}: the UTF-8 file is utf-8; its GB18030 encoding (iconv-lite) is gb18030`, () => {
      const text = readSeed(name);
      expect(detect(utf8(text))).toMatchObject({ encoding: 'utf-8', confidence: 1 });
      expect(detect(new Uint8Array(iconv.encode(text, 'gb18030'))).encoding).toBe('gb18030');
    });
  }
  it('GB18030 four-byte sequences (an emoji: 94 39 FC 36) are gb18030', () => {
    // By hand: pointer = 0x1F600 − 0x10000 + 189000 = 251976 = 19·12600 + 9·1260 + 123·10 + 6
    // → 0x81+19, 0x30+9, 0x81+123, 0x30+6 = 94 39 FC 36.
    const bytes = new Uint8Array(iconv.encode('这是一个测试😀，包含表情符号。', 'gb18030'));
    expect(Array.from(bytes.subarray(12, 16))).toEqual([0x94, 0x39, 0xfc, 0x36]);
    expect(detect(bytes).encoding).toBe('gb18030');
  });
});
