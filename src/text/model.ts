// The one place that knows what Chinese text looks like. Detection, repair ranking and
// alignment ask it how plausible a string is. A cost is −ln p (nats): lower is more plausible.
//
// Han characters: a unigram model mixed half simplified, half traditional, and an in-word
// bigram model P(b|a) interpolated with it, both from jieba's word frequencies
// (scripts/build-model.ts). Other characters get a cost by class, set so that the debris of
// wrong decodings (Latin-1 letters between Han, private-use code points, U+FFFD, C1 controls,
// box drawing, kana or hangul in Chinese) costs more than any real Chinese character.
import { CHARS, CHAR_COST, CHAR_SCRIPT, PAIRS, PAIR_COST, RARE_COST } from './data/model-data.js';

interface Tables {
  /** Han code point → its index in CHARS (small integers keep pair keys in fast Map keys). */
  index: Map<number, number>;
  cost: Float64Array;
  /** Index pair (ia * STRIDE + ib) → the interpolated cost of b after a, precomputed. */
  pair: Map<number, number>;
}

let tables: Tables | null = null;

/** Weight of the bigram model against the unigram model. */
const LAMBDA = 0.6;
/** What an unseen pair adds to the unigram cost: −ln(1 − λ). */
const UNSEEN = -Math.log(1 - LAMBDA);
const STRIDE = 1 << 14; // > CHARS.length

const decodeCost = (s: string, i: number): number => (s.charCodeAt(i) - 0x30) / 10;

function load(): Tables {
  if (tables) return tables;
  const index = new Map<number, number>();
  const cps = Array.from(CHARS, (c) => c.codePointAt(0)!);
  const cost = new Float64Array(cps.length);
  cps.forEach((cp, i) => {
    index.set(cp, i);
    cost[i] = decodeCost(CHAR_COST, i);
  });
  const pair = new Map<number, number>();
  const pcs = Array.from(PAIRS, (c) => c.codePointAt(0)!);
  for (let k = 0; k < pcs.length / 2; k++) {
    const ia = index.get(pcs[2 * k]);
    const ib = index.get(pcs[2 * k + 1]);
    if (ia === undefined || ib === undefined) continue;
    const c = decodeCost(PAIR_COST, k);
    pair.set(ia * STRIDE + ib, -Math.log(LAMBDA * Math.exp(-c) + (1 - LAMBDA) * Math.exp(-cost[ib])));
  }
  tables = { index, cost, pair };
  return tables;
}

export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xf900 && cp <= 0xfaff)
  );
}

/** Cost of one code point on its own. */
export function charCost(cp: number): number {
  if (isHan(cp)) {
    const t = load();
    const i = t.index.get(cp);
    return i === undefined ? RARE_COST : t.cost[i];
  }
  if (cp < 0x80) {
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return 2;
    if (cp < 0x20 || cp === 0x7f) return 25; // C0 controls
    return 3.5; // ASCII letters, digits, punctuation, space
  }
  if (cp >= 0x3000 && cp <= 0x303f) return 4; // CJK punctuation 。、「」
  if (cp >= 0xff01 && cp <= 0xff5e) return 4.5; // full-width forms ，！？（）
  if (cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019 || cp === 0x2026 || cp === 0x2014 || cp === 0xb7) return 5;
  if (cp === 0xfffd) return 22;
  if (cp >= 0x80 && cp <= 0x9f) return 25; // C1 controls
  if (cp >= 0xe000 && cp <= 0xf8ff) return 22; // private use: GBK user-defined area debris
  if (cp >= 0xa0 && cp <= 0x24f) return 14; // Latin-1 supplement / extended: GBK-as-Latin-1 debris
  if (cp >= 0x2500 && cp <= 0x259f) return 14; // box drawing: Big5/GBK cross debris
  if (cp >= 0x3040 && cp <= 0x30ff) return 13; // kana
  if (cp >= 0xac00 && cp <= 0xd7af) return 13; // hangul
  if (cp >= 0x1f000 && cp <= 0x1faff) return 9; // emoji
  if (cp >= 0x370 && cp <= 0x4ff) return 12; // Greek, Cyrillic
  return 11;
}

/** Cost of `b` following `a`: the bigram model interpolated with the unigram one. */
export function pairCost(a: number, b: number): number {
  if (!isHan(b)) return charCost(b);
  const t = load();
  const ib = t.index.get(b);
  if (ib === undefined) return isHan(a) ? RARE_COST + UNSEEN : RARE_COST;
  if (!isHan(a)) return t.cost[ib];
  const ia = t.index.get(a);
  if (ia === undefined) return t.cost[ib] + UNSEEN;
  return t.pair.get(ia * STRIDE + ib) ?? t.cost[ib] + UNSEEN;
}

/** Total cost of a text (sum over code points, bigrams between adjacent Han characters). */
export function textCost(text: string): number {
  let cost = 0;
  let prev = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    cost += prev >= 0 ? pairCost(prev, cp) : charCost(cp);
    prev = cp;
  }
  return cost;
}

/** Mean cost per code point (0 for empty text). */
export function meanCost(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n === 0 ? 0 : textCost(text) / n;
}

/** True if the character is in the model's vocabulary of Chinese characters. */
export function isKnownHan(cp: number): boolean {
  return load().index.has(cp);
}

export type Script = 'simplified' | 'traditional' | 'neutral';

/** Which script a text leans to, from characters that exist in only one of them. */
export function scriptOf(text: string): { script: Script; simplified: number; traditional: number } {
  const t = load();
  let s = 0;
  let tr = 0;
  for (const ch of text) {
    const i = t.index.get(ch.codePointAt(0)!);
    const k = i === undefined ? undefined : CHAR_SCRIPT[i];
    if (k === 's') s++;
    else if (k === 't') tr++;
  }
  const script: Script = s > tr * 2 && s > 0 ? 'simplified' : tr > s * 2 && tr > 0 ? 'traditional' : 'neutral';
  return { script, simplified: s, traditional: tr };
}
