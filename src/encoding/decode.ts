import { ZhnormError, type DecodeResult } from '../types.js';
import { detect } from './detect.js';

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const b of BOMS) {
    if (bytes.length >= b.bytes.length && b.bytes.every((v, i) => bytes[i] === v)) {
      return { encoding: b.encoding, length: b.bytes.length };
    }
  }
  return null;
}

function decoderFor(encoding: string): TextDecoder {
  try {
    return new TextDecoder(encoding, { fatal: false });
  } catch {
    throw new ZhnormError('UNKNOWN_ENCODING', `unknown encoding "${encoding}"`);
  }
}

/** Decodes bytes with the detected encoding (or `hint`, or a BOM, which wins). */
export function decode(bytes: Uint8Array, opts: { hint?: string } = {}): DecodeResult {
  const bom = sniffBom(bytes);
  let encoding: string;
  let confidence: number;
  if (bom) {
    encoding = bom.encoding;
    confidence = 1;
  } else if (opts.hint) {
    encoding = decoderFor(opts.hint).encoding;
    confidence = 1;
  } else {
    const d = detect(bytes);
    if (d.encoding === 'binary') {
      throw new ZhnormError('BINARY_INPUT', 'input looks binary, not text');
    }
    encoding = d.encoding;
    confidence = d.confidence;
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const text = decoderFor(encoding).decode(body);
  return { text, encoding, confidence, bom: bom !== null };
}
