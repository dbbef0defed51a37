import { ZhnormError, type DecodeResult } from '../types.js';
import { detect } from './detect.js';
import { sniffBom } from './bom.js';

export { sniffBom };

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
