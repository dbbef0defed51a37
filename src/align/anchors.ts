// Anchors: pairs of paragraphs that match each other clearly and nothing nearby as well.
// They pin the alignment path so that the DP only has to look at a band around them, which
// keeps the whole alignment near-linear. Found with an inverted index on bigrams that are rare
// in the window, kept when mutually best with a margin, then made monotone with a weighted
// longest increasing subsequence; windows left large between anchors are searched again,
// where "rare" and "unique" are judged locally (this is what copes with repeated paragraphs).
import { dice } from './features.js';

export interface Anchor {
  a: number;
  b: number;
  sim: number;
}

/** Anchors need at least this similarity… */
const MIN_SIM = 0.3;
/** …and must beat the runner-up on both sides by this much. */
const MARGIN = 0.1;
/** Bigrams found in more than this many paragraphs of the window are not indexed. */
const DF_CAP = 16;
/** Candidates per paragraph whose exact similarity is computed. */
const TOP = 3;
/** Windows with fewer cells than this are left to the DP. */
const SMALL = 4096;
const MAX_DEPTH = 4;

function candidates(fa: readonly Uint32Array[], fb: readonly Uint32Array[], a0: number, a1: number, b0: number, b1: number): Anchor[] {
  // Posting lists over the B window (document frequency counted once per paragraph).
  const post = new Map<number, number[]>();
  for (let j = b0; j < b1; j++) {
    const f = fb[j];
    for (let k = 0; k < f.length; k++) {
      if (k > 0 && f[k] === f[k - 1]) continue;
      const l = post.get(f[k]);
      if (l === undefined) post.set(f[k], [j]);
      else if (l.length <= DF_CAP) l.push(j);
    }
  }
  const hits = new Int32Array(b1 - b0);
  const touched: number[] = [];
  const bestForA: Anchor[] = [];
  const bestB = new Map<number, { a: number; sim: number; second: number }>();
  for (let i = a0; i < a1; i++) {
    const f = fa[i];
    for (let k = 0; k < f.length; k++) {
      if (k > 0 && f[k] === f[k - 1]) continue;
      const l = post.get(f[k]);
      if (l === undefined || l.length > DF_CAP) continue;
      for (const j of l) {
        if (hits[j - b0]++ === 0) touched.push(j);
      }
    }
    if (touched.length === 0) continue;
    touched.sort((x, y) => hits[y - b0] - hits[x - b0]);
    let best = -1;
    let s1 = 0;
    let s2 = 0;
    for (let t = 0; t < Math.min(TOP, touched.length); t++) {
      const j = touched[t];
      const s = dice(f, fb[j]);
      if (s > s1) {
        s2 = s1;
        s1 = s;
        best = j;
      } else if (s > s2) s2 = s;
      // The B side's own runner-up, so a B paragraph claimed by two A paragraphs is ambiguous.
      const cur = bestB.get(j);
      if (!cur) bestB.set(j, { a: i, sim: s, second: 0 });
      else if (s > cur.sim) bestB.set(j, { a: i, sim: s, second: cur.sim });
      else if (s > cur.second) cur.second = s;
    }
    for (const j of touched) hits[j - b0] = 0;
    touched.length = 0;
    if (best >= 0 && s1 >= MIN_SIM && s1 - s2 >= MARGIN) bestForA.push({ a: i, b: best, sim: s1 });
  }
  return bestForA.filter((c) => {
    const o = bestB.get(c.b)!;
    return o.a === c.a && o.sim - o.second >= MARGIN;
  });
}

/** Heaviest chain strictly increasing in both a and b (input sorted by a); O(k log k) with a Fenwick tree of maxima. */
function chain(cands: Anchor[], b0: number, b1: number): Anchor[] {
  const size = b1 - b0 + 1;
  const tree = new Float64Array(size + 1);
  const arg = new Int32Array(size + 1).fill(-1);
  const prev = new Int32Array(cands.length).fill(-1);
  const total = new Float64Array(cands.length);
  let bestEnd = -1;
  let bestTotal = 0;
  for (let c = 0; c < cands.length; c++) {
    const pos = cands[c].b - b0 + 1;
    // Query max over b positions < pos.
    let q = 0;
    let qi = -1;
    for (let p = pos - 1; p > 0; p -= p & -p) {
      if (tree[p] > q) {
        q = tree[p];
        qi = arg[p];
      }
    }
    total[c] = q + cands[c].sim;
    prev[c] = qi;
    for (let p = pos; p <= size; p += p & -p) {
      if (total[c] > tree[p]) {
        tree[p] = total[c];
        arg[p] = c;
      }
    }
    if (total[c] > bestTotal) {
      bestTotal = total[c];
      bestEnd = c;
    }
  }
  const out: Anchor[] = [];
  for (let c = bestEnd; c >= 0; c = prev[c]) out.push(cands[c]);
  return out.reverse();
}

/** Anchors of the window [a0,a1) × [b0,b1), in order. */
export function findAnchors(fa: readonly Uint32Array[], fb: readonly Uint32Array[], a0 = 0, a1 = fa.length, b0 = 0, b1 = fb.length, depth = 0): Anchor[] {
  if ((a1 - a0) * (b1 - b0) < SMALL || depth > MAX_DEPTH) return [];
  const found = chain(candidates(fa, fb, a0, a1, b0, b1), b0, b1);
  if (found.length === 0) return [];
  const out: Anchor[] = [];
  let pa = a0;
  let pb = b0;
  for (const x of [...found, { a: a1, b: b1, sim: 0 }]) {
    out.push(...findAnchors(fa, fb, pa, x.a, pb, x.b, depth + 1));
    if (x.a < a1) out.push(x);
    pa = x.a + 1;
    pb = x.b + 1;
  }
  return out;
}
