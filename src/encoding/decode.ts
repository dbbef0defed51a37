// Bytes to text: a BOM decides, then the caller's hint, then detection. Invalid sequences are
// replaced by U+FFFD as every decoder does, and reported by byte offset so nothing is lost silently.
import { ZhnormError, type DecodeResult } from '../types.js';
import { detect } from './detect.js';
import { sniffBom } from './bom.js';
import { findInvalid } from './invalid.js';
import { fixWindows1252 } from './cp1252.js';

export { sniffBom };

/** At most this many invalid spans are listed (`invalidCount` has the total). */
export const MAX_INVALID_LISTED = 100_000;

/** The canonical WHATWG name of an encoding label (`GBK` → `gbk`, `utf-16` → `utf-16le`), or a ZhnormError. */
export function canonicalEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new ZhnormError('UNKNOWN_ENCODING', `unknown encoding "${label}" (expected a WHATWG label such as utf-8, gb18030, big5, utf-16le)`);
  }
}

/** DecodeResult with the total number of invalid sequences (the list is capped). */
export interface DecodeReport extends DecodeResult {
  invalid: { offset: number; length: number }[];
  invalidCount: number;
}

export interface DecodeOptions {
  /** Encoding to use when the bytes carry no BOM (any WHATWG label). */
  hint?: string;
}

/**
 * Decodes bytes of unknown encoding. A BOM wins (and is removed), then `hint`, then `detect`.
 * Binary input is a ZhnormError('BINARY_INPUT') unless a hint or BOM says what it is. Empty input
 * decodes to '' (encoding `utf-8` or the hint's, confidence 0 without a hint). `invalid` lists the
 * byte offsets of invalid sequences (each one U+FFFD in `text`), empty when there are none.
 */
export function decode(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeReport {
  const bom = sniffBom(bytes);
  const hint = opts.hint !== undefined && opts.hint.trim() !== '' ? canonicalEncoding(opts.hint) : undefined;
  let encoding: string;
  let confidence: number;
  if (bom) {
    encoding = bom.encoding;
    confidence = 1;
  } else if (hint) {
    encoding = hint;
    confidence = 1;
  } else {
    const d = detect(bytes);
    if (d.encoding === 'binary') {
      throw new ZhnormError('BINARY_INPUT', `input looks binary, not text (${bytes.length} bytes; give an encoding to decode it anyway)`);
    }
    encoding = d.encoding;
    confidence = d.confidence;
  }
  const skip = bom ? bom.length : 0;
  const body = bytes.subarray(skip);
  let text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  if (encoding === 'windows-1252') text = fixWindows1252(text);
  let invalid: { offset: number; length: number }[] = [];
  if (text.includes('\ufffd')) invalid = findInvalid(body, encoding).map((s) => ({ offset: s.offset + skip, length: s.length }));
  const result: DecodeReport = { text, encoding, confidence, bom: bom !== null, invalid, invalidCount: invalid.length };
  if (invalid.length > MAX_INVALID_LISTED) result.invalid = invalid.slice(0, MAX_INVALID_LISTED);
  return result;
}
