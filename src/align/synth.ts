// Generated alignment test pairs whose gold is known by construction: a clean text against its
// OpenCC conversion (s2twp by default) with paragraphs merged, split, deleted and inserted.
// Used by the tests and the benchmark; not part of the public API.
import type { Bead, OpenCCConfig } from '../types.js';
import { convert } from '../convert/convert.js';

/** Small seeded PRNG (mulberry32): the same seed gives the same pair everywhere. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of a paragraph, each keeping its final punctuation. */
export function sentences(p: string): string[] {
  return p.match(/[^。！？!?；;]+[。！？!?；;]*[”」』"]?|[。！？!?；;]+/g) ?? [p];
}

export interface SynthOptions {
  seed?: number;
  /** OpenCC config applied to the B side (default s2twp). */
  config?: OpenCCConfig;
  /** Probabilities per source paragraph (defaults 0.05 each); inserts are drawn from `pool`. */
  pDelete?: number;
  pMerge?: number;
  pSplit?: number;
  pInsert?: number;
}

export interface SynthPair {
  a: string[];
  b: string[];
  /** The true beads (score 1), in order, covering every paragraph of both sides. */
  gold: Bead[];
}

/**
 * B is A converted with `config`, with: some A paragraphs deleted (1-0), runs of 2–3 merged into
 * one (2-1, 3-1), some split at sentence ends into 2–3 (1-2, 1-3), and unrelated paragraphs from
 * `pool` inserted (0-1).
 */
export function synthPair(source: readonly string[], pool: readonly string[], opts: SynthOptions = {}): SynthPair {
  const r = rng(opts.seed ?? 1);
  const pDel = opts.pDelete ?? 0.05;
  const pMerge = opts.pMerge ?? 0.05;
  const pSplit = opts.pSplit ?? 0.05;
  const pIns = opts.pInsert ?? 0.05;
  const a = source.map((s) => s.trim()).filter((s) => s !== '');
  const bRaw: string[] = [];
  const gold: Bead[] = [];
  const pushB = (texts: string[]): number[] => texts.map((t) => bRaw.push(t) - 1);
  let i = 0;
  while (i < a.length) {
    if (pool.length && r() < pIns) gold.push({ a: [], b: pushB([pool[Math.floor(r() * pool.length)]]), score: 1 });
    const x = r();
    const sents = sentences(a[i]);
    if (x < pDel) {
      gold.push({ a: [i], b: [], score: 1 });
      i += 1;
    } else if (x < pDel + pMerge && i + 1 < a.length) {
      const k = i + 2 < a.length && r() < 0.3 ? 3 : 2;
      const ia = Array.from({ length: k }, (_, u) => i + u);
      gold.push({ a: ia, b: pushB([ia.map((u) => a[u]).join('')]), score: 1 });
      i += k;
    } else if (x < pDel + pMerge + pSplit && sents.length >= 2) {
      const k = sents.length >= 3 && r() < 0.3 ? 3 : 2;
      // Cut points spread over the sentences so every piece is non-empty.
      const parts: string[] = [];
      for (let u = 0; u < k; u++) parts.push(sents.slice(Math.floor((u * sents.length) / k), Math.floor(((u + 1) * sents.length) / k)).join(''));
      gold.push({ a: [i], b: pushB(parts), score: 1 });
      i += 1;
    } else {
      gold.push({ a: [i], b: pushB([a[i]]), score: 1 });
      i += 1;
    }
  }
  const config = opts.config ?? 's2twp';
  const joined = convert(bRaw.join('\n'), { config }).split('\n');
  const b = joined.length === bRaw.length ? joined : bRaw.map((t) => convert(t, { config }));
  return { a, b, gold };
}

/** `count` distinct paragraphs of 1–4 random sentences from `pool`: large inputs from a small corpus. */
export function recombine(pool: readonly string[], count: number, seed = 7): string[] {
  const r = rng(seed);
  const sents = pool.flatMap(sentences).filter((s) => s.length >= 4);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = 1 + Math.floor(r() * 4);
    let p = '';
    for (let u = 0; u < k; u++) p += sents[Math.floor(r() * sents.length)];
    out.push(p);
  }
  return out;
}
