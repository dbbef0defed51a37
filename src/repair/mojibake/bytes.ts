// Byte-level helpers shared by the mojibake fixers: "encode with the codec that wrongly
// decoded the text", strict UTF-8 reading, and the Latin-1/windows-1252 union map.
import { CP1252_HIGH } from '../../encoding/data/cp1252.js';
import { decodeDoubleByteStrict } from '../../encoding/tables.js';

const HIGH = new Map<number, number>(Array.from(CP1252_HIGH, (c, i) => [c.charCodeAt(0), 0x80 + i]));

/**
 * The byte a character stood for when bytes were read as windows-1252 or Latin-1: the
 * union of both (they differ only in 0x80–0x9F, where 1252 has €‚ƒ… and Latin-1 has C1
 * controls), so one map undoes either reading. Undefined for anything else.
 */
export function latinByte(cp: number): number | undefined {
  if (cp < 0x80) return cp;
  if (cp <= 0xff) return cp; // Latin-1 (and 1252's five undefined bytes, decoded as C1 controls)
  return HIGH.get(cp);
}

/** Bytes as windows-1252 reads them (WHATWG: the five undefined bytes become C1 controls). */
export function decodeCp1252(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return s;
}

/** Length of the UTF-8 sequence a lead byte starts (0 if it cannot start one). */
export function utf8Len(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Decodes one UTF-8 sequence at `i`, or null when it is not a valid, complete one. */
export function readUtf8(bytes: ArrayLike<number>, i: number): { cp: number; len: number } | null {
  const b0 = bytes[i];
  const n = utf8Len(b0);
  if (n === 0 || i + n > bytes.length) return null;
  if (n === 1) return { cp: b0, len: 1 };
  let cp = b0 & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) {
    const b = bytes[i + k];
    if ((b & 0xc0) !== 0x80) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  // Overlong forms, surrogates and beyond U+10FFFF are not UTF-8.
  if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, len: n };
}

/** Strict UTF-8 decode of a whole byte array, or null. */
export function decodeUtf8(bytes: ArrayLike<number>): string | null {
  let s = '';
  for (let i = 0; i < bytes.length; ) {
    const r = readUtf8(bytes, i);
    if (!r) return null;
    s += String.fromCodePoint(r.cp);
    i += r.len;
  }
  return s;
}

const decoders = new Map<string, TextDecoder>();
/**
 * Strict decode with a cached fatal TextDecoder (creating one per call is the slow part of
 * trying many spans). Null when the bytes are not valid in `label`.
 */
export function strictDecode(bytes: Uint8Array, label: string): string | null {
  const fast = decodeDoubleByteStrict(bytes, label);
  if (fast !== undefined) return fast;
  let d = decoders.get(label);
  if (!d) {
    d = new TextDecoder(label, { fatal: true });
    decoders.set(label, d);
  }
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}
