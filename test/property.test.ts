import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repair } from '../src/repair/repair.js';
import { convert } from '../src/convert/convert.js';
import { clean } from '../src/clean/clean.js';
import { align } from '../src/align/align.js';
import { decode } from '../src/encoding/decode.js';
import { detect } from '../src/encoding/detect.js';
import { normalize } from '../src/pipeline/normalize.js';
import { NormalizeStreamer } from '../src/pipeline/stream.js';
import { splitLines } from '../src/text/lines.js';
import { ZhnormError, OPENCC_CONFIGS } from '../src/types.js';
import { readSeed } from './helpers/paths.js';

// Robustness properties over every stage. Bounded runs keep the file at a few seconds.
const RUNS = { numRuns: 200 };
const FEW = { numRuns: 5 };

// Units chosen to hit what the stages look for: Han (both scripts), mojibake-looking Latin-1 and
// GBK-range characters, pinyin with tone marks, '?', parentheses, line ends, NUL, lone surrogates, emoji.
const pieces = [
  '中', '國', '国', '們', '在', '學', '术', '網', '(', ')', '?', '？', 'wǎng', 'yì', '(bào)', '?cè)', 'æ', 'ä¸', 'Ã', '锟斤拷',
  '烫', '谑', '\ue457', '€', 'a', 'Z', '1', ' ', '\t', '\n', '\r\n', '\r', '\0', '\ud800', '\udfff', '😀', '&nbsp;', '</p>', '，', '。',
];
const messy = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));
const anyString = fc.oneof(messy, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
const longLine = fc.constantFrom('中', 'a', '(', 'ä', '\ud800').map((c) => c.repeat(10_000));

// Clean text: lines of the clean seeds (001 traditional, 004 simplified), recombined.
const cleanLines = [...readSeed('s001').split('\n'), ...readSeed('s004').split('\n')].filter((l) => l.trim() !== '');
const cleanText = fc.array(fc.constantFrom(...cleanLines), { minLength: 1, maxLength: 6 }).map((a) => a.join('\n'));

// Lines as promised by `fix`: the terminators are all kept (an emptied last line still counts as kept).
const lineCount = (s: string): number => (s.match(/\r\n|\n|\r/g) ?? []).length;

function zhnormOrReturn(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ZhnormError);
    expect((e as Error).message).not.toMatch(/\n/);
  }
}

describe('properties: any string', () => {
  it('repair returns, keeps the line count, and is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = repair(s);
        expect(lineCount(once.text)).toBe(lineCount(s));
        expect(repair(once.text).text).toBe(once.text);
      }),
      RUNS,
    );
  });

  it('repair leaves clean text byte for byte and reports nothing', () => {
    fc.assert(
      fc.property(cleanText, (s) => {
        const r = repair(s);
        expect(r.text).toBe(s);
        expect(r.fixes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('convert returns and keeps the line count, for every config', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(...OPENCC_CONFIGS), (s, config) => {
        expect(lineCount(convert(s, { config }))).toBe(lineCount(s));
      }),
      RUNS,
    );
  });

  it('clean returns one decision per input line', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const r = clean(s);
        expect(r.lines).toHaveLength(splitLines(s).length);
      }),
      RUNS,
    );
  });

  it('align returns beads covering every paragraph once, in order', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 6 }), fc.array(anyString, { maxLength: 6 }), (a, b) => {
        const r = align(a.join('\n'), b.join('\n'));
        const na = a.join('\n').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').length;
        const nb = b.join('\n').split(/\r\n|\n|\r/).filter((l) => l.trim() !== '').length;
        expect(r.pairs.flatMap((p) => p.a)).toEqual(Array.from({ length: na }, (_, i) => i));
        expect(r.pairs.flatMap((p) => p.b)).toEqual(Array.from({ length: nb }, (_, i) => i));
      }),
      { numRuns: 100 },
    );
  });

  it('normalize returns; without clean it keeps the line count; streaming gives the same text', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(undefined, 'cn', 'tw' as const), (s, to) => {
        const r = normalize(s, { to });
        expect(typeof r.text).toBe('string');
        expect(lineCount(normalize(s, { to, clean: false }).text)).toBe(lineCount(s));
        if (s !== '') {
          const st = new NormalizeStreamer({ to });
          let out = '';
          for (let i = 0; i < s.length; i += 5) out += st.write(s.slice(i, i + 5));
          out += st.end();
          expect(out).toBe(r.text);
        }
      }),
      RUNS,
    );
  });

  it('very long lines and empty input are handled', () => {
    fc.assert(
      fc.property(longLine, (s) => {
        expect(repair(s).text.length).toBeGreaterThan(0);
        expect(clean(s).lines).toHaveLength(1);
        expect(normalize(s, { to: 'cn' }).text.length).toBeGreaterThan(0);
      }),
      FEW,
    );
    expect(repair('')).toEqual({ text: '', fixes: [] });
    expect(normalize('').text).toBe('');
    expect(clean('').lines).toEqual([]);
  });
});

describe('properties: any bytes', () => {
  it('detect and decode return, or refuse with a one-line ZhnormError', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.array(fc.constantFrom(0x00, 0x0a, 0x28, 0x3f, 0x81, 0xa1, 0xb8, 0xd6, 0xe4, 0xef, 0xfe, 0xff), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const d = detect(b);
        expect(typeof d.encoding).toBe('string');
        zhnormOrReturn(() => decode(b));
        zhnormOrReturn(() => normalize(b));
      }),
      RUNS,
    );
  });
});
