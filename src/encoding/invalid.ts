// Where the invalid sequences are. TextDecoder only leaves U+FFFD behind; to report byte offsets
// we walk the bytes with each codec's sequence structure, following the WHATWG Encoding
// Standard's error rules (which bytes an error consumes and which are read again), so that there
// is one entry for every U+FFFD the decoder writes. Whether a complete multi-byte sequence maps
// to a character is asked of TextDecoder itself (cached), so the walker needs no tables.
import { decodeStrict } from './tables.js';

export interface InvalidSpan {
  /** Byte offset of the invalid sequence. */
  offset: number;
  /** Its length in bytes (what the decoder replaced by one U+FFFD). */
  length: number;
}

const validCache = new Map<string, Map<number, boolean>>();

/** True when the bytes decode strictly (as one complete text) in `label`; cached. */
function maps(label: string, bytes: number[]): boolean {
  let m = validCache.get(label);
  if (!m) validCache.set(label, (m = new Map()));
  const key = bytes.reduce((k, b) => k * 256 + b, bytes.length);
  let ok = m.get(key);
  if (ok === undefined) {
    ok = decodeStrict(Uint8Array.from(bytes), label) !== null;
    m.set(key, ok);
  }
  return ok;
}

function utf8(b: Uint8Array, out: InvalidSpan[]): void {
  let i = 0;
  while (i < b.length) {
    const x = b[i];
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (x < 0x80) {
      i++;
      continue;
    } else if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else {
      out.push({ offset: i, length: 1 });
      i++;
      continue;
    }
    let j = 1;
    while (j <= need && i + j < b.length && b[i + j] >= lo && b[i + j] <= hi) {
      lo = 0x80;
      hi = 0xbf;
      j++;
    }
    if (j <= need) out.push({ offset: i, length: j }); // cut short (or at the end): the bad byte is read again
    i += j;
  }
}

function utf16(b: Uint8Array, le: boolean, out: InvalidSpan[]): void {
  const unit = (i: number): number => (le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  let i = 0;
  while (i + 1 < b.length) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < b.length) {
        const v = unit(i + 2);
        if (v >= 0xdc00 && v <= 0xdfff) {
          i += 4;
          continue;
        }
        out.push({ offset: i, length: 2 });
        i += 2;
        continue;
      }
      // A lead surrogate at the end, perhaps with half a unit after it: one error.
      out.push({ offset: i, length: b.length - i });
      return;
    }
    if (u >= 0xdc00 && u <= 0xdfff) out.push({ offset: i, length: 2 });
    i += 2;
  }
  if (i < b.length) out.push({ offset: i, length: 1 });
}

const lenientCache = new Map<string, Map<number, string>>();

function lenient(label: string, bytes: Uint8Array): string {
  let m = lenientCache.get(label);
  if (!m) lenientCache.set(label, (m = new Map()));
  const key = bytes.reduce((k, b) => k * 256 + b, bytes.length);
  let s = m.get(key);
  if (s === undefined) {
    s = new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(bytes);
    m.set(key, s);
  }
  return s;
}

/**
 * Multi-byte codecs without shift states (GB18030/GBK, Big5, Shift_JIS, EUC-KR). Sequences are at
 * most 4 bytes. At each non-ASCII byte: the shortest prefix that decodes strictly is a character;
 * if none does, the bytes the decoder's U+FFFD stands for are found by asking the decoder which
 * cut reproduces its own output (implementations differ on whether a bad trail byte is read
 * again, so this is learned from the platform, not assumed).
 */
function multiByte(b: Uint8Array, label: string, out: InvalidSpan[]): void {
  let i = 0;
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const w = b.subarray(i, Math.min(b.length, i + 4));
    let k = 0;
    for (let n = 1; n <= w.length && !k; n++) if (maps(label, Array.from(w.subarray(0, n)))) k = n;
    if (k) {
      i += k;
      continue;
    }
    const whole = lenient(label, w);
    let n = 1;
    while (n < w.length && whole !== '\ufffd' + lenient(label, w.subarray(n))) n++;
    out.push({ offset: i, length: n });
    i += n;
  }
}

/**
 * Walking is slow next to TextDecoder, so the bytes are cut into segments of about 64 KiB, each
 * ending just after a byte below 0x30 (never part of a multi-byte sequence in these codecs, so
 * the decoder starts each segment afresh), and only segments whose decoding holds a U+FFFD are walked.
 */
function bySegment(b: Uint8Array, label: string, out: InvalidSpan[]): void {
  const dec = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  let start = 0;
  while (start < b.length) {
    let end = Math.min(b.length, start + 65536);
    while (end < b.length && b[end - 1] >= 0x30) end++;
    const seg = b.subarray(start, end);
    if (dec.decode(seg).includes('\ufffd')) {
      const found: InvalidSpan[] = [];
      multiByte(seg, label, found);
      for (const f of found) out.push({ offset: f.offset + start, length: f.length });
    }
    start = end;
  }
}

const MULTI_BYTE = new Set(['gb18030', 'gbk', 'big5', 'shift_jis', 'euc-kr']);

const singleCache = new Map<string, Uint8Array>();

/** Single-byte codecs: which of the 256 bytes have no character. */
function singleByte(b: Uint8Array, label: string, out: InvalidSpan[]): boolean {
  let bad = singleCache.get(label);
  if (!bad) {
    bad = new Uint8Array(256);
    for (let x = 0; x < 256; x++) bad[x] = decodeStrict(Uint8Array.of(x), label) === null ? 1 : 0;
    singleCache.set(label, bad);
  }
  for (let i = 0; i < b.length; i++) if (bad[b[i]]) out.push({ offset: i, length: 1 });
  return true;
}

const singleByteCodecs = new Map<string, boolean>();

/** A single-byte codec: every byte decodes to exactly one UTF-16 unit (or U+FFFD). */
function isSingleByte(label: string): boolean {
  let yes = singleByteCodecs.get(label);
  if (yes === undefined) {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    try {
      yes = new TextDecoder(label).decode(all).length === 256;
    } catch {
      yes = false;
    }
    singleByteCodecs.set(label, yes);
  }
  return yes;
}

/**
 * Fallback for stateful codecs (ISO-2022-JP, EUC-JP): feed byte by byte and note where a U+FFFD
 * comes out. Offsets point at the byte that revealed the error; slower, only used on failure.
 */
function byByte(b: Uint8Array, label: string, out: InvalidSpan[]): void {
  const dec = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  for (let i = 0; i < b.length; i++) {
    const s = dec.decode(b.subarray(i, i + 1), { stream: true });
    for (const ch of s) if (ch === '\ufffd') out.push({ offset: i, length: 1 });
  }
  const s = dec.decode();
  for (const ch of s) if (ch === '\ufffd') out.push({ offset: Math.max(0, b.length - 1), length: 1 });
}

/**
 * Invalid sequences of `bytes` in `label` (a canonical WHATWG name, as TextDecoder#encoding
 * gives), in order. A literal U+FFFD in the input is not an error and is not listed.
 */
export function findInvalid(bytes: Uint8Array, label: string): InvalidSpan[] {
  const out: InvalidSpan[] = [];
  if (label === 'utf-8') utf8(bytes, out);
  else if (label === 'utf-16le' || label === 'utf-16be') utf16(bytes, label === 'utf-16le', out);
  else if (MULTI_BYTE.has(label)) bySegment(bytes, label, out);
  else if (isSingleByte(label)) singleByte(bytes, label, out);
  else byByte(bytes, label, out);
  return out;
}
