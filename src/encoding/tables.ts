// Reverse maps (text → bytes) for the legacy codecs, built lazily from the platform's WHATWG
// TextDecoder so they agree with it exactly (no pasted tables, works in browsers and Node);
// windows-1252 excepted, see below. TextEncoder only speaks UTF-8, and repair needs "encode
// with the wrong codec" for all of these.
import { CP1252_HIGH } from './data/cp1252.js';

export type LegacyEncoding = 'gbk' | 'gb18030' | 'big5' | 'windows-1252' | 'latin1' | 'shift_jis' | 'euc-kr';

type Table = Map<number, number>; // code point → byte value (1 byte: 0..255, 2 bytes: lead<<8|trail)

const tables = new Map<string, Table>();
/** Forward maps of the double-byte codecs: lead<<8|trail → the decoded text (one or two code points). */
const forwards = new Map<string, Map<number, string>>();

function buildDoubleByte(label: string, leads: [number, number], trails: [number, number][], keepFirst: (cp: number, code: number) => boolean): Table {
  // Decode every (lead, trail) pair in one call, each followed by '\n', then read back one piece a pair.
  const pairs: number[] = [];
  for (let l = leads[0]; l <= leads[1]; l++) for (const [a, b] of trails) for (let t = a; t <= b; t++) pairs.push((l << 8) | t);
  const buf = new Uint8Array(pairs.length * 3);
  pairs.forEach((p, i) => {
    buf[i * 3] = p >> 8;
    buf[i * 3 + 1] = p & 0xff;
    buf[i * 3 + 2] = 0x0a;
  });
  const pieces = new TextDecoder(label).decode(buf).split('\n');
  const map: Table = new Map();
  const forward = new Map<number, string>();
  for (let i = 0; i < pairs.length; i++) {
    const s = pieces[i];
    if (s === undefined || s === '\ufffd') continue;
    // An invalid trail makes the decoder emit U+FFFD and then the trail byte itself.
    if (s.includes('\ufffd') || (s.length === 2 && s.charCodeAt(1) < 0x80)) continue;
    forward.set(pairs[i], s); // HKSCS has a few codes that decode to two code points
    const cp = s.codePointAt(0)!;
    if (s.length !== (cp > 0xffff ? 2 : 1)) continue;
    if (!map.has(cp) || !keepFirst(cp, map.get(cp)!)) map.set(cp, pairs[i]);
  }
  forwards.set(label, forward);
  return map;
}

function build(enc: LegacyEncoding): Table {
  switch (enc) {
    case 'gbk':
    case 'gb18030': {
      const t = buildDoubleByte('gbk', [0x81, 0xfe], [[0x40, 0x7e], [0x80, 0xfe]], () => true);
      t.set(0x20ac, 0x80); // WHATWG gbk: single byte 0x80 is €
      return t;
    }
    case 'big5':
      // WHATWG's Big5 encoder skips the HKSCS lead bytes below 0xA1 and, for a few code points
      // that occur twice, takes the last pointer. Prefer standard Big5 (lead ≥ 0xA1) codes.
      return buildDoubleByte('big5', [0x87, 0xfe], [[0x40, 0x7e], [0xa1, 0xfe]], (_cp, code) => code >> 8 >= 0xa1);
    case 'shift_jis':
      return buildDoubleByte('shift_jis', [0x81, 0xfc], [[0x40, 0x7e], [0x80, 0xfc]], () => true);
    case 'euc-kr':
      return buildDoubleByte('euc-kr', [0x81, 0xfe], [[0x41, 0x5a], [0x61, 0x7a], [0x81, 0xfe]], () => true);
    case 'windows-1252': {
      // Not from TextDecoder: Node 20 decodes this label as ISO-8859-1 (see cp1252.ts).
      const t: Table = new Map();
      for (let i = 0; i < 256; i++) t.set(i >= 0x80 && i <= 0x9f ? CP1252_HIGH.charCodeAt(i - 0x80) : i, i);
      return t;
    }
    case 'latin1': {
      const t: Table = new Map();
      for (let i = 0; i < 256; i++) t.set(i, i);
      return t;
    }
  }
}

function table(enc: LegacyEncoding): Table {
  let t = tables.get(enc);
  if (!t) {
    t = build(enc);
    tables.set(enc, t);
  }
  return t;
}

const SINGLE = new Set<LegacyEncoding>(['windows-1252', 'latin1']);

/**
 * Encodes text with a legacy codec. Returns null when a character has no encoding in it
 * (strict: no substitution), so callers can tell "not this codec" from a real result.
 * ASCII passes as itself in every codec here (shift_jis's ¥/‾ quirks aside, WHATWG maps 0x5C/0x7E to ASCII).
 * gb18030 here covers the GBK two-byte range; four-byte sequences are not produced.
 */
export function encodeLegacy(text: string, enc: LegacyEncoding): Uint8Array | null {
  const t = table(enc);
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 && !SINGLE.has(enc)) {
      out[n++] = cp;
      continue;
    }
    const code = t.get(cp);
    if (code === undefined) return null;
    if (code > 0xff) {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    } else out[n++] = code;
  }
  return out.subarray(0, n);
}

/** The byte(s) of one code point in a legacy codec, or undefined. */
export function codeOf(cp: number, enc: LegacyEncoding): number | undefined {
  if (cp < 0x80 && !SINGLE.has(enc)) return cp;
  return table(enc).get(cp);
}

/** Strict decode: null when the bytes are not valid in `label`. */
export function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of one two-byte code (lead<<8|trail) in gbk or big5, or undefined when it is not valid. */
export function doubleByteChar(code: number, label: 'gbk' | 'big5'): string | undefined {
  table(label);
  return forwards.get(label)!.get(code);
}

const FAST = new Set<string>(['gbk', 'big5']);

/**
 * Strict decode for gbk and big5 done in JavaScript over the forward maps: repair tries
 * thousands of short candidate spans, and a TextDecoder call costs far more than the lookup.
 * Returns undefined when it cannot answer (another label, or a GB18030 four-byte sequence),
 * so the caller falls back to TextDecoder; null when the bytes are invalid.
 */
export function decodeDoubleByteStrict(bytes: ArrayLike<number>, label: string): string | null | undefined {
  if (!FAST.has(label)) return undefined;
  table(label as LegacyEncoding);
  const fwd = forwards.get(label)!;
  const gbk = label === 'gbk';
  let s = '';
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      s += String.fromCharCode(b);
      continue;
    }
    if (gbk && b === 0x80) {
      s += '\u20ac';
      continue;
    }
    if (i + 1 >= n) return null;
    const t = bytes[i + 1];
    if (gbk && t >= 0x30 && t <= 0x39) return undefined; // four-byte GB18030: leave to TextDecoder
    const c = fwd.get((b << 8) | t);
    if (c === undefined) return null;
    s += c;
    i++;
  }
  return s;
}
