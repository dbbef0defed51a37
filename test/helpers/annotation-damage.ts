// Reproduces the seed pages' damage on any traditional text (see docs/seed-repair.md):
//   1. GBK-encode (a character GBK lacks becomes `?`, as a lossy encoder writes it);
//   2. an annotator inserts `(reading)` after every pair of bytes that spells a character of
//      its fixed set, trying EVERY byte offset, so a pair can straddle two real characters;
//   3. the bytes are decoded as GBK, either by the seeds' decoder (`seed`: it writes `?` for a
//      lead byte whose trail is invalid and swallows that byte, a line break excepted) or by the
//      platform's WHATWG TextDecoder (`whatwg`: U+FFFD, the next byte read again).
// Independent of the repair's own tables: readings come from pinyin-pro (first reading, as the
// seeds' annotator used) and the annotated set from OpenCC, both called directly here.
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

let table: { encode: Map<number, number>; decode: Map<number, string> } | null = null;

function gbk(): { encode: Map<number, number>; decode: Map<number, string> } {
  if (table) return table;
  const dec = new TextDecoder('gbk');
  const encode = new Map<number, number>();
  const decode = new Map<number, string>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const s = dec.decode(new Uint8Array([lead, trail]));
      if (s.length !== 1 || s === '\ufffd') continue;
      const code = (lead << 8) | trail;
      decode.set(code, s);
      if (!encode.has(s.codePointAt(0)!)) encode.set(s.codePointAt(0)!, code);
    }
  encode.set(0x20ac, 0x80);
  table = { encode, decode };
  return table;
}

function encodeGbk(text: string): number[] {
  const { encode } = gbk();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else {
      const c = encode.get(cp);
      if (c === undefined) out.push(0x3f);
      else if (c > 0xff) out.push(c >> 8, c & 0xff);
      else out.push(c);
    }
  }
  return out;
}

const isTrail = (b: number): boolean => (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe);

function decodeSwallowing(bytes: number[]): string {
  const { decode } = gbk();
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) s += String.fromCharCode(b);
    else if (b === 0x80) s += '€';
    else if (b === 0xff) s += '?';
    else if (i + 1 < bytes.length && isTrail(bytes[i + 1])) {
      s += decode.get((b << 8) | bytes[i + 1]) ?? '?';
      i++;
    } else {
      s += '?';
      if (i + 1 < bytes.length && bytes[i + 1] !== 0x0a && bytes[i + 1] !== 0x0d) i++; // swallowed
    }
  }
  return s;
}

/** Deterministic hash of a code point into [0, 1): which characters the annotator knows. */
function pick(cp: number): number {
  let h = (cp * 2654435761) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 2246822519) >>> 0;
  return (h >>> 8) / 2 ** 24;
}

const readingCache = new Map<number, string | null>();

/**
 * The annotator's dictionary: traditional-only characters (OpenCC converts them) with their first
 * pinyin-pro reading, minus a fixed ~15% it does not know (the seeds leave 駐, 與, 門 bare).
 */
export function annotatorReading(code: number): string | null {
  let r = readingCache.get(code);
  if (r !== undefined) return r;
  r = null;
  const ch = gbk().decode.get(code);
  if (ch && /\p{Script=Han}/u.test(ch) && t2s(ch) !== ch && pick(ch.codePointAt(0)!) < 0.85) {
    const first = (pinyin(ch, { type: 'array', toneType: 'symbol' }) as string[])[0];
    if (first && first !== ch && /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+$/.test(first)) r = first;
  }
  readingCache.set(code, r);
  return r;
}

/** The text as GBK can carry it: what a perfect repair gives back (characters GBK lacks are `?`). */
export function gbkRoundTrip(text: string): string {
  return decodeSwallowing(encodeGbk(text));
}

export type Decoder = 'seed' | 'whatwg';

/** Damages one line (or a whole text, line breaks kept) the way the seed pages were damaged. */
export function damage(text: string, decoder: Decoder = 'seed'): string {
  const bytes = encodeGbk(text);
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const code = i + 1 < bytes.length ? (bytes[i] << 8) | bytes[i + 1] : -1;
    const reading = bytes[i] >= 0x81 && code >= 0 ? annotatorReading(code) : null;
    if (reading) {
      out.push(bytes[i], bytes[i + 1], 0x28, ...encodeGbk(reading), 0x29);
      i++;
    } else out.push(bytes[i]);
  }
  return decoder === 'seed' ? decodeSwallowing(out) : new TextDecoder('gbk').decode(new Uint8Array(out));
}
