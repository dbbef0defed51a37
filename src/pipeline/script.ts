import type { Variant } from '../types.js';
import { convert } from '../convert/convert.js';

// Han characters only: Latin, digits and punctuation say nothing about the script.
const HAN = /\p{Script=Han}/u;

/**
 * Guesses whether text is written in simplified (`cn`) or traditional (`t`) characters by counting
 * the characters that OpenCC's t2s would change (traditional-only forms) against those s2t would
 * change (simplified-only forms). Looks at a bounded prefix; null when no character decides it.
 */
export function inferScript(text: string, sampleChars = 20_000): 'cn' | 't' | null {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const ch of text) {
    if (++seen > sampleChars) break;
    if (HAN.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  // One character per line, so OpenCC's phrase tables cannot join neighbours.
  const chars = [...counts.keys()];
  const joined = chars.join('\n');
  const asS = convert(joined, { config: 't2s' }).split('\n');
  const asT = convert(joined, { config: 's2t' }).split('\n');
  if (asS.length !== chars.length || asT.length !== chars.length) return null;
  let trad = 0;
  let simp = 0;
  chars.forEach((c, i) => {
    const n = counts.get(c) ?? 0;
    if (asS[i] !== c) trad += n;
    if (asT[i] !== c) simp += n;
  });
  if (trad === 0 && simp === 0) return null;
  return trad > simp ? 't' : 'cn';
}

/** True for the variants written in traditional characters. */
export function isTraditional(v: Variant): boolean {
  return v !== 'cn';
}
