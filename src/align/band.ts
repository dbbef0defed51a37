// The part of the alignment lattice the DP explores: a square around each anchor, the
// rectangle between consecutive anchors when it is small, else a diagonal band across it.
// Row r (r paragraphs of A consumed) covers columns lo[r]..hi[r]; the total is linear in n + m.
import type { Anchor } from './anchors.js';

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
  cells: number;
}

/** Rectangles up to this many cells are explored whole. */
const AREA_MAX = 1 << 16;

export function makeBand(n: number, m: number, anchors: readonly Anchor[], width: number): Band {
  const lo = new Int32Array(n + 1).fill(m + 1);
  const hi = new Int32Array(n + 1).fill(-1);
  const cover = (r: number, c0: number, c1: number): void => {
    if (r < 0 || r > n) return;
    c0 = Math.max(0, c0);
    c1 = Math.min(m, c1);
    if (c0 < lo[r]) lo[r] = c0;
    if (c1 > hi[r]) hi[r] = c1;
  };
  const segment = (r0: number, c0: number, r1: number, c1: number): void => {
    if (r1 < r0 || c1 < c0) return;
    if ((r1 - r0 + 1) * (c1 - c0 + 1) <= AREA_MAX || r1 === r0) {
      for (let r = r0; r <= r1; r++) cover(r, c0, c1);
      return;
    }
    const slope = (c1 - c0) / (r1 - r0);
    for (let r = r0; r <= r1; r++) {
      const from = c0 + Math.max(0, r - 1 - r0) * slope;
      const to = c0 + Math.min(r1 - r0, r + 1 - r0) * slope;
      cover(r, Math.floor(from) - width, Math.ceil(to) + width);
    }
  };
  let pr = 0;
  let pc = 0;
  for (const x of anchors) {
    segment(pr, pc, x.a, x.b);
    for (let r = x.a - width; r <= x.a + 1 + width; r++) cover(r, x.b - width, x.b + 1 + width);
    pr = x.a + 1;
    pc = x.b + 1;
  }
  segment(pr, pc, n, m);
  // Keep every row connected to the one above it, so a monotone path from (0,0) to (n,m) exists.
  lo[0] = 0;
  hi[n] = m;
  let cells = 0;
  for (let r = 0; r <= n; r++) {
    if (r > 0) {
      if (hi[r] < hi[r - 1]) hi[r] = hi[r - 1];
      if (lo[r] > hi[r - 1]) lo[r] = hi[r - 1];
    }
    if (lo[r] > hi[r]) lo[r] = hi[r];
    cells += hi[r] - lo[r] + 1;
  }
  return { lo, hi, cells };
}
