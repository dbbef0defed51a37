import type { AlignResult, Bead } from '../types.js';
import { paragraphs } from '../text/lines.js';

export interface AlignOptions {
  /** Reserved for the real aligner. */
  band?: number;
}

function toParagraphs(x: string | readonly string[]): string[] {
  return typeof x === 'string' ? paragraphs(x).map((p) => p.text) : x.map((s) => s.trim());
}

/** Foundation: pairs paragraphs in order, one to one, leftovers unpaired. Score 0: unverified. */
export function align(a: string | readonly string[], b: string | readonly string[], _opts: AlignOptions = {}): AlignResult {
  const pa = toParagraphs(a);
  const pb = toParagraphs(b);
  const pairs: Bead[] = [];
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    pairs.push({ a: i < pa.length ? [i] : [], b: i < pb.length ? [i] : [], score: 0 });
  }
  return { pairs };
}
