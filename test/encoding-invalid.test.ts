// The invalid-sequence walker against TextDecoder itself: for any bytes, the spans it reports
// must be exactly what the decoder replaces, i.e. decoding the stretches between the spans
// strictly and joining them with U+FFFD gives the decoder's own lenient output.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInvalid } from '../src/encoding/invalid.js';
import { encodeLegacy } from '../src/encoding/tables.js';
import { readSeed } from './helpers/paths.js';

const LABELS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk', 'big5', 'shift_jis', 'euc-kr', 'windows-1252', 'iso-8859-3', 'windows-874'];

function rebuild(bytes: Uint8Array, label: string): string | null {
  const spans = findInvalid(bytes, label);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.offset < at || s.length < 1) return null;
    out += new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(at, s.offset));
    out += '\ufffd';
    at = s.offset + s.length;
  }
  if (at > bytes.length) return null;
  return out + new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(at));
}

// Bytes biased to the interesting ranges: ASCII, lead bytes, trail bytes, GB18030 digits.
const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0x30, max: 0x39 }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xd8, 0xdc, 0xef, 0xbf, 0xe4, 0x81));

describe('findInvalid', () => {
  for (const label of LABELS) {
    it(`${label}: spans are exactly what TextDecoder replaces`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ minLength: 0, maxLength: 24 }).chain((a) => fc.array(byte, { maxLength: 24 }).map((b) => Uint8Array.from([...a, ...b]))), (bytes) => {
          const lenient = new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes);
          expect(rebuild(bytes, label)).toBe(lenient);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('large inputs (walked by segments): spans still match, in every multi-byte codec', () => {
    const text = readSeed('s004').repeat(20); // ~ 200 KB in GBK, ~ 300 KB in UTF-8: several 64 KiB segments
    const enc: [string, Uint8Array][] = [
      ['gb18030', encodeLegacy(text, 'gbk')!],
      ['utf-8', new TextEncoder().encode(text)],
    ];
    for (const [label, clean] of enc) {
      // Damage at fixed places: drop a byte (splits a character), insert 0xFF, insert a lone lead.
      const b = Array.from(clean);
      for (const at of [70_000, 65_536, 131_071, 150_001]) b.splice(at, 1);
      for (const at of [10, 65_535, 100_000]) b.splice(at, 0, 0xff);
      b.splice(120_000, 0, 0x81, 0x0a);
      const bytes = Uint8Array.from(b);
      expect(bytes.length).toBeGreaterThan(3 * 65536);
      const lenient = new TextDecoder(label, { fatal: false }).decode(bytes);
      expect(rebuild(bytes, label), label).toBe(lenient);
      expect(findInvalid(bytes, label).length, label).toBeGreaterThanOrEqual(5);
    }
  });

  it('hand-checked: a GBK line inside UTF-8', () => {
    // "中文\n" in UTF-8 (E4 B8 AD E6 96 87 0A), then 中文 in GBK (D6 D0 CE C4), then "\n".
    const bytes = Uint8Array.from([0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]);
    // D6 is a 2-byte lead, D0 is not a continuation: D6 alone is invalid, then D0 likewise;
    // CE C4 is the same story. Four single-byte errors at 7, 8, 9, 10.
    expect(findInvalid(bytes, 'utf-8')).toEqual([
      { offset: 7, length: 1 },
      { offset: 8, length: 1 },
      { offset: 9, length: 1 },
      { offset: 10, length: 1 },
    ]);
  });

  it('hand-checked: truncated sequences at the end', () => {
    // 中 = E4 B8 AD; cut after two bytes: one error covering both.
    expect(findInvalid(Uint8Array.from([0x61, 0xe4, 0xb8]), 'utf-8')).toEqual([{ offset: 1, length: 2 }]);
    // 中 = D6 D0 in GBK; a lone lead at the end.
    expect(findInvalid(Uint8Array.from([0x61, 0xd6]), 'gb18030')).toEqual([{ offset: 1, length: 1 }]);
    // GBK lead followed by an ASCII byte: only the lead is lost, the ASCII is read again.
    expect(findInvalid(Uint8Array.from([0xd6, 0x28, 0x61]), 'gbk')).toEqual([{ offset: 0, length: 1 }]);
    // UTF-16LE odd length: the last byte alone.
    expect(findInvalid(Uint8Array.from([0x2d, 0x4e, 0x87]), 'utf-16le')).toEqual([{ offset: 2, length: 1 }]);
    // Big5: lead A4 needs a trail in 40–7E or A1–FE; '0' (30) is not one, and is read again.
    expect(findInvalid(Uint8Array.from([0xa4, 0x30]), 'big5')).toEqual([{ offset: 0, length: 1 }]);
  });

  it('a literal U+FFFD in the input is not an error', () => {
    expect(findInvalid(Uint8Array.from([0xef, 0xbf, 0xbd]), 'utf-8')).toEqual([]);
  });
});
