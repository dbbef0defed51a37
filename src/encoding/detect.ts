import type { DetectResult } from '../types.js';
import { sniffBom } from './decode.js';

// Minimal detector for the package foundation: BOM, strict UTF-8, NUL-density for binary,
// then strict GB18030 / Big5 validity. The statistical model lives in its own issue.
const FALLBACKS = ['gb18030', 'big5', 'windows-1252'];

function validAs(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function detect(bytes: Uint8Array): DetectResult {
  const bom = sniffBom(bytes);
  if (bom) return { encoding: bom.encoding, confidence: 1, candidates: [{ encoding: bom.encoding, confidence: 1 }] };
  let nul = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nul++;
  if (bytes.length > 0 && nul / bytes.length > 0.3) {
    return { encoding: 'binary', confidence: 0.9, candidates: [{ encoding: 'binary', confidence: 0.9 }] };
  }
  const candidates = ['utf-8', ...FALLBACKS].filter((e) => validAs(e, bytes));
  const best = candidates[0] ?? 'windows-1252';
  const conf = 1 / Math.max(1, candidates.length);
  return { encoding: best, confidence: conf, candidates: candidates.map((encoding) => ({ encoding, confidence: conf })) };
}
