// Character error rate of a repaired seed page against its clean twin, as issue 6 defines it:
// both taken to simplified with OpenCC, each paragraph of the twin against its best-matching
// line of the repaired page, errors summed over the twin's paragraphs.
import * as OpenCC from 'opencc-js';

// Taiwan phrases too (電腦 → 计算机, 資料 → 数据): the twin uses Taiwan vocabulary, the page mainland's.
const toCn = OpenCC.Converter({ from: 'twp', to: 'cn' });

/** Levenshtein distance on code points. */
export function editDistance(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[B.length];
}

function bag(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [c, k] of a) n += Math.min(k, b.get(c) ?? 0);
  return n;
}

export interface CerResult {
  cer: number;
  errors: number;
  chars: number;
  paragraphs: number;
  /** The paragraphs with errors: reference, best line, distance. */
  worst: { ref: string; got: string; distance: number }[];
}

/** CER of `page` (repaired or not) against `twin`, both taken to simplified. */
export function seedCer(page: string, twin: string): CerResult {
  const lines = page.split(/\r?\n/).map((l) => toCn(l.trim())).filter((l) => l !== '');
  const bags = lines.map(bag);
  const refs = twin.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '').map((l) => toCn(l));
  let errors = 0;
  let chars = 0;
  const worst: CerResult['worst'] = [];
  for (const ref of refs) {
    const rb = bag(ref);
    // Shortlist by shared characters, then take the closest by edit distance.
    const shortlist = lines.map((l, i) => ({ l, s: overlap(rb, bags[i]) })).sort((x, y) => y.s - x.s).slice(0, 3);
    let best = { l: '', d: [...ref].length };
    for (const { l } of shortlist) {
      const d = editDistance(ref, l);
      if (d < best.d) best = { l, d };
    }
    errors += best.d;
    chars += [...ref].length;
    if (best.d > 0) worst.push({ ref, got: best.l, distance: best.d });
  }
  worst.sort((a, b) => b.distance - a.distance);
  return { cer: errors / chars, errors, chars, paragraphs: refs.length, worst };
}
