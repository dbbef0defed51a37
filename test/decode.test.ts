// decode(): BOM, hint, detection, and invalid sequences reported by byte offset.
import { describe, expect, it } from 'vitest';
import { decode, ZhnormError } from '../src/index.js';
import { sniffBom } from '../src/encoding/decode.js';
import { encodeLegacy } from '../src/encoding/tables.js';
import { readSeed } from './helpers/paths.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ZhnormError ? e.code : 'not a ZhnormError';
  }
  return undefined;
}

describe('decode', () => {
  it('round-trips the clean seeds from GBK and Big5 without a change', () => {
    const s004 = readSeed('s004');
    const g = encodeLegacy(s004, 'gbk');
    expect(g).not.toBeNull();
    const r = decode(g!);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(s004);
    expect(r.invalid).toEqual([]);
    const s001 = readSeed('s001');
    const lines = s001.split('\n').filter((l) => encodeLegacy(l, 'big5'));
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(100);
    const b = decode(encodeLegacy(text, 'big5')!);
    expect(b.encoding).toBe('big5');
    expect(b.text).toBe(text);
  });

  it('a BOM wins over the hint, and is removed', () => {
    const r = decode(cat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('中文')), { hint: 'gbk' });
    expect(r).toMatchObject({ text: '中文', encoding: 'utf-8', confidence: 1, bom: true });
    const le = decode(Uint8Array.of(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65));
    expect(le).toMatchObject({ text: '中文', encoding: 'utf-16le', bom: true });
  });

  it('honours a hint (canonical name back)', () => {
    // D6 D0 CE C4 is 中文 in GBK; read as Big5 it is something else entirely.
    const bytes = Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4);
    expect(decode(bytes, { hint: 'GBK' })).toMatchObject({ text: '中文', encoding: 'gbk', confidence: 1, bom: false });
    expect(decode(bytes, { hint: 'big5' }).encoding).toBe('big5');
    expect(decode(bytes, { hint: 'big5' }).text).not.toBe('中文');
  });

  it('an unknown hint is UNKNOWN_ENCODING', () => {
    expect(code(() => decode(utf8('abc'), { hint: 'klingon-8' }))).toBe('UNKNOWN_ENCODING');
  });

  it('binary input is BINARY_INPUT, unless a hint says what to do', () => {
    const bin = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0);
    expect(code(() => decode(bin))).toBe('BINARY_INPUT');
    expect(decode(bin, { hint: 'windows-1252' }).text.length).toBe(bin.length);
  });

  it('empty input decodes to the empty string', () => {
    expect(decode(new Uint8Array(0))).toMatchObject({ text: '', encoding: 'utf-8', confidence: 0, invalid: [] });
  });

  it('a UTF-8 file with a GBK line: the GBK bytes are reported by offset, the rest is intact', () => {
    const a = '第一行是正常的中文内容，用于测试。\n';
    const b = '第三行也是正常的中文，编码没有问题。\n';
    const head = utf8(a);
    const gbkLine = Uint8Array.of(0xd6, 0xd0, 0xce, 0xc4, 0x0a); // 中文\n in GBK
    const r = decode(cat(head, gbkLine, utf8(b)));
    expect(r.encoding).toBe('utf-8');
    // Each of D6 D0 CE C4 is an invalid UTF-8 sequence of its own (D6 needs a continuation byte
    // 80–BF, D0 is not one; and so on), so four one-byte errors right after the first line.
    const o = head.length;
    expect(r.invalid).toEqual([0, 1, 2, 3].map((k) => ({ offset: o + k, length: 1 })));
    expect(r.text).toBe(a + '\ufffd'.repeat(4) + '\n' + b);
  });

  it('a truncated UTF-8 character at the end is reported, not dropped', () => {
    const bytes = utf8('创造力是一种搜索。科研就是在人类未知领域中深入搜索'); // ends with 索 E7 B4 A2
    const cut = bytes.subarray(0, bytes.length - 1);
    const r = decode(cut);
    expect(r.encoding).toBe('utf-8');
    expect(r.invalid).toEqual([{ offset: cut.length - 2, length: 2 }]);
    expect(r.text.endsWith('深入搜\ufffd')).toBe(true);
  });

  it('a truncated GBK character at the end is reported', () => {
    const g = encodeLegacy('创造力是一种搜索。科研就是在人类未知领域中深入搜索', 'gbk')!;
    const cut = g.subarray(0, g.length - 1);
    const r = decode(cut);
    expect(r.encoding).toBe('gb18030');
    expect(r.invalid).toEqual([{ offset: cut.length - 1, length: 1 }]);
  });

  it('windows-1252 has its own characters at 0x80–0x9F (not C1 controls), on every platform', () => {
    // 0x93 “ U+201C, 0x94 ” U+201D, 0x80 € U+20AC, 0x97 — U+2014 (windows-1252 code chart).
    const bytes = Uint8Array.of(0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35);
    expect(decode(bytes, { hint: 'windows-1252' }).text).toBe('\u201cHi\u201d \u2014 \u20ac5');
  });

  it('sniffBom is exported for the pipeline', () => {
    expect(sniffBom(Uint8Array.of(0xfe, 0xff, 0))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(utf8('a'))).toBeNull();
  });
});
