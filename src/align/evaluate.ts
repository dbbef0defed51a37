// Alignment quality against a gold bead list, as the alignment literature measures it:
// links (every a×b pair of a bead), strict beads (exactly a gold bead) and lax beads (sharing a
// link with a gold bead; an unpaired paragraph counts when it is unpaired in the gold too).
import type { Bead } from '../types.js';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  /** Counts behind p and r: correct predicted, predicted, correct gold, gold. */
  n: [number, number, number, number];
}

export function prf(cp: number, np: number, cg: number, ng: number): Prf {
  const p = np ? cp / np : 1;
  const r = ng ? cg / ng : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, n: [cp, np, cg, ng] };
}

export const beadType = (d: Bead): string => `${d.a.length}-${d.b.length}`;
const key = (d: Bead): string => `${d.a.join(',')}|${d.b.join(',')}`;

function linkSet(beads: readonly Bead[]): Set<string> {
  const s = new Set<string>();
  for (const d of beads) for (const i of d.a) for (const j of d.b) s.add(`${i}:${j}`);
  return s;
}

export interface AlignmentScore {
  links: Prf;
  strict: Prf;
  lax: Prf;
  /** Strict and lax per bead type (`1-1`, `2-1`, `0-1`, …): precision over predicted beads of that type, recall over gold beads of it. */
  byType: Record<string, { strict: Prf; lax: Prf }>;
}

export function scoreAlignment(pred: readonly Bead[], gold: readonly Bead[]): AlignmentScore {
  const gl = linkSet(gold);
  const pl = linkSet(pred);
  let lc = 0;
  for (const l of pl) if (gl.has(l)) lc++;
  const gk = new Set(gold.map(key));
  const pk = new Set(pred.map(key));
  // Lax: a bead is right when one of its links is right, or, unpaired, when the paragraph is unpaired on the other side too.
  const laxOk = (d: Bead, links: Set<string>): boolean => d.a.some((i) => d.b.some((j) => links.has(`${i}:${j}`)));
  const nullIndex = (beads: readonly Bead[]): Bead[] => beads.filter((o) => o.a.length === 0 || o.b.length === 0);
  const gNull = nullIndex(gold);
  const pNull = nullIndex(pred);
  const gNullA = new Set(gNull.flatMap((o) => o.a));
  const gNullB = new Set(gNull.flatMap((o) => o.b));
  const pNullA = new Set(pNull.flatMap((o) => o.a));
  const pNullB = new Set(pNull.flatMap((o) => o.b));
  const laxPred = (d: Bead): boolean =>
    d.a.length && d.b.length ? laxOk(d, gl) : d.a.length ? gNullA.has(d.a[0]) : gNullB.has(d.b[0]);
  const laxGold = (d: Bead): boolean =>
    d.a.length && d.b.length ? laxOk(d, pl) : d.a.length ? pNullA.has(d.a[0]) : pNullB.has(d.b[0]);
  const types = new Set([...pred, ...gold].map(beadType));
  const byType: AlignmentScore['byType'] = {};
  for (const t of types) {
    const p = pred.filter((d) => beadType(d) === t);
    const g = gold.filter((d) => beadType(d) === t);
    byType[t] = {
      strict: prf(p.filter((d) => gk.has(key(d))).length, p.length, g.filter((d) => pk.has(key(d))).length, g.length),
      lax: prf(p.filter(laxPred).length, p.length, g.filter(laxGold).length, g.length),
    };
  }
  return {
    links: prf(lc, pl.size, lc, gl.size),
    strict: prf(pred.filter((d) => gk.has(key(d))).length, pred.length, gold.filter((d) => pk.has(key(d))).length, gold.length),
    lax: prf(pred.filter(laxPred).length, pred.length, gold.filter(laxGold).length, gold.length),
    byType,
  };
}
