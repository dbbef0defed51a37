// Dynamic programming over beads inside the band. A bead of k paragraphs of A and l of B
// (k,l ≥ 1) gains its similarity minus THRESHOLD; an unpaired paragraph gains nothing. So a pair
// is made only when it is more alike than THRESHOLD, and a merge only when the merged text is
// more alike than the finer beads together. Similarity is the Dice coefficient of bigram
// multisets; for merges the intersections of the member pairs are added (capped), which is
// exact unless a bigram repeats across members, and lets every cell's pair intersection be
// computed once and reused by all beads through that cell.
import type { Band } from './band.js';
import { intersect } from './features.js';

/** Bead shapes [k, l] the DP may use. */
export const SHAPES: readonly (readonly [number, number])[] = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3],
];
export const THRESHOLD = 0.2;
/** A small cost per extra paragraph in a merge, so equal evidence prefers finer beads. */
const MERGE_COST = 0.01;

export interface DpBead {
  a0: number; // first A paragraph
  k: number;
  b0: number;
  l: number;
  sim: number;
}

export interface DpResult {
  beads: DpBead[];
  /** Best pair similarity each paragraph found anywhere in the band (for scoring unpaired ones). */
  bestA: Float64Array;
  bestB: Float64Array;
}

export function beadDp(fa: readonly Uint32Array[], fb: readonly Uint32Array[], band: Band): DpResult {
  const n = fa.length;
  const m = fb.length;
  const { lo, hi } = band;
  const off = new Int32Array(n + 2);
  for (let r = 0; r <= n; r++) off[r + 1] = off[r] + (hi[r] - lo[r] + 1);
  const total = off[n + 1];
  const score = new Float64Array(total).fill(-Infinity);
  const back = new Uint8Array(total);
  const inter = new Int32Array(total); // at (i,j): |A[i-1] ∩ B[j-1]|
  const bestA = new Float64Array(n);
  const bestB = new Float64Array(m);
  const idx = (i: number, j: number): number => (i >= 0 && j >= lo[i] && j <= hi[i] ? off[i] + j - lo[i] : -1);

  score[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = off[i] + j - lo[i];
      if (i > 0 && j > 0) {
        const x = intersect(fa[i - 1], fb[j - 1]);
        inter[c] = x;
        const d = fa[i - 1].length + fb[j - 1].length;
        const s = d ? (2 * x) / d : 0;
        if (s > bestA[i - 1]) bestA[i - 1] = s;
        if (s > bestB[j - 1]) bestB[j - 1] = s;
      }
      if (i === 0 && j === 0) continue;
      let best = -Infinity;
      let arg = 0;
      for (let t = 0; t < SHAPES.length; t++) {
        const [k, l] = SHAPES[t];
        if (k > i || l > j) continue;
        const p = idx(i - k, j - l);
        if (p < 0 || score[p] === -Infinity) continue;
        let g = 0;
        if (k > 0 && l > 0) {
          let x = 0;
          let la = 0;
          let lb = 0;
          let ok = true;
          for (let u = 0; u < k && ok; u++) {
            la += fa[i - 1 - u].length;
            for (let v = 0; v < l; v++) {
              const q = idx(i - u, j - v);
              if (q < 0) {
                ok = false;
                break;
              }
              x += inter[q];
            }
          }
          if (!ok) continue;
          for (let v = 0; v < l; v++) lb += fb[j - 1 - v].length;
          x = Math.min(x, la, lb);
          const s = la + lb ? (2 * x) / (la + lb) : 0;
          g = s - THRESHOLD - MERGE_COST * (k + l - 2);
        }
        const v = score[p] + g;
        if (v > best) {
          best = v;
          arg = t;
        }
      }
      score[c] = best;
      back[c] = arg;
    }
  }
  // Trace back from (n, m).
  const beads: DpBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const c = idx(i, j);
    const [k, l] = SHAPES[back[c]];
    let sim = 0;
    if (k > 0 && l > 0) {
      let x = 0;
      let la = 0;
      let lb = 0;
      for (let u = 0; u < k; u++) {
        la += fa[i - 1 - u].length;
        for (let v = 0; v < l; v++) x += inter[idx(i - u, j - v)];
      }
      for (let v = 0; v < l; v++) lb += fb[j - 1 - v].length;
      x = Math.min(x, la, lb);
      sim = la + lb ? (2 * x) / (la + lb) : 0;
    }
    beads.push({ a0: i - k, k, b0: j - l, l, sim });
    i -= k;
    j -= l;
  }
  beads.reverse();
  return { beads, bestA, bestB };
}
