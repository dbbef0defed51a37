// align(): pairs the paragraphs of two versions of one article. Pipeline: comparison forms
// (normalize.ts) → bigram features → anchors → band → bead DP → scores. See docs/align.md.
import type { AlignResult, Bead } from '../types.js';
import { ZhnormError } from '../types.js';
import { paragraphs } from '../text/lines.js';
import { comparisonForms, repairedForms } from './normalize.js';
import { bigrams } from './features.js';
import { findAnchors } from './anchors.js';
import { makeBand } from './band.js';
import { beadDp, type DpResult } from './dp.js';

export interface AlignStats {
  paragraphs: [number, number];
  anchors: number;
  /** Paragraphs whose comparison form changed after repair (and the DP was run again). */
  repaired: number;
  /** Lattice cells the DP visited: the aligner's memory and time are proportional to this. */
  cells: number;
}

export interface AlignOptions {
  /** Half-width of the band the DP explores around anchors and diagonals (default 5 paragraphs). */
  band?: number;
  /** Run `repair()` on both sides before comparing (default true). */
  repair?: boolean;
  /** Receives counts that show the cost of the run (for benchmarks and diagnostics). */
  onStats?: (s: AlignStats) => void;
}

/** A paragraph whose best partner is less alike than this is a candidate for repair. */
const SUSPECT = 0.5;

function toParagraphs(x: string | readonly string[], side: string): string[] {
  if (typeof x === 'string') return paragraphs(x).map((p) => p.text);
  if (!Array.isArray(x)) throw new ZhnormError('BAD_INPUT', `align: side ${side} must be a string or an array of strings`);
  return x.map((s, i) => {
    if (typeof s !== 'string') throw new ZhnormError('BAD_INPUT', `align: side ${side}, paragraph ${i} is not a string`);
    return s.trim();
  });
}

/**
 * Pairs paragraphs of `a` and `b`. Beads are in order and cover every paragraph once.
 * Score of a paired bead: the similarity of its comparison forms (0..1); of an unpaired
 * paragraph: 1 minus the best similarity it had with any paragraph it could have paired with.
 * Below 0.5, a person should look (docs/align.md).
 */
export function align(a: string | readonly string[], b: string | readonly string[], opts: AlignOptions = {}): AlignResult {
  const pa = toParagraphs(a, 'a');
  const pb = toParagraphs(b, 'b');
  const width = Math.max(1, Math.floor(opts.band ?? 5));
  const fa = comparisonForms(pa).map(bigrams);
  const fb = comparisonForms(pb).map(bigrams);
  let cells = 0;
  let anchorCount = 0;
  const run = (): DpResult => {
    const anchors = findAnchors(fa, fb);
    const band = makeBand(fa.length, fb.length, anchors, width);
    cells += band.cells;
    anchorCount = anchors.length;
    return beadDp(fa, fb, band);
  };
  let res = run();
  // Second pass: repair the paragraphs that found no good partner, and align again if that changed any.
  let repaired = 0;
  if (opts.repair !== false) {
    const weak = (best: Float64Array): number[] => Array.from(best.keys()).filter((i) => best[i] < SUSPECT);
    const ra = repairedForms(pa, weak(res.bestA));
    const rb = repairedForms(pb, weak(res.bestB));
    for (const [i, f] of ra) fa[i] = bigrams(f);
    for (const [j, f] of rb) fb[j] = bigrams(f);
    repaired = ra.size + rb.size;
    if (repaired) res = run();
  }
  opts.onStats?.({ paragraphs: [pa.length, pb.length], anchors: anchorCount, repaired, cells });
  const { beads, bestA, bestB } = res;
  const pairs: Bead[] = beads.map((d) => {
    const ia = Array.from({ length: d.k }, (_, u) => d.a0 + u);
    const ib = Array.from({ length: d.l }, (_, v) => d.b0 + v);
    let score: number;
    if (d.k && d.l) score = d.sim;
    else if (d.k) score = 1 - bestA[d.a0];
    else score = 1 - bestB[d.b0];
    return { a: ia, b: ib, score: Math.round(score * 1000) / 1000 };
  });
  return { pairs };
}
