// A word-level model of Chinese: the cost of a text is the cost of its best segmentation into
// dictionary words (jieba's, simplified and traditional: scripts/build-words.ts), characters
// outside any known word falling back to the character model of model.ts plus a penalty, so
// that a known word (佐治亞州, 範圍) beats the same characters read one by one. Used to rank
// candidate readings where the character model alone cannot tell 州 from 洲.
import { charCost, isHan, pairCost } from './model.js';
import { MIN_WORD, WORDS } from './data/words-data.js';

/**
 * Extra cost of a Han character not covered by a dictionary word (nats). Word costs are −ln P(word)
 * over jieba's running text, character costs −ln P(char) of the character model; without a
 * penalty two frequent characters read singly would beat most two-character words.
 */
export const SINGLE_PENALTY = 3;

let table: Map<string, number> | null = null;
let maxWord = MIN_WORD;

function load(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  WORDS.forEach((body, k) => {
    const n = MIN_WORD + k;
    if (body) maxWord = Math.max(maxWord, n);
    for (const group of body.split(';')) {
      const colon = group.indexOf(':');
      if (colon < 0) continue;
      const cost = Number(group.slice(0, colon)) / 10;
      const cps = Array.from(group.slice(colon + 1));
      for (let i = 0; i + n <= cps.length; i += n) t.set(cps.slice(i, i + n).join(''), cost);
    }
  });
  table = t;
  return t;
}

/** Cost (nats) of `word` as one dictionary word, or undefined when the dictionary lacks it. */
export function wordCost(word: string): number | undefined {
  return load().get(word);
}

/**
 * Cost of the best segmentation of `text` into dictionary words and single characters.
 * Dynamic programming over positions (linear: at most a few lookups per character). A single
 * character costs its character-model cost (the in-word bigram after another single Han
 * character, so unknown names still read as names), plus SINGLE_PENALTY if it is Han.
 */
export function segmentCost(text: string): number {
  const words = load();
  const cs = Array.from(text);
  const n = cs.length;
  const cps = cs.map((c) => c.codePointAt(0)!);
  // Two states per position: the best cost ending with a single character, or with a word.
  const single = new Float64Array(n + 1).fill(Infinity);
  const word = new Float64Array(n + 1).fill(Infinity);
  word[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = Math.min(single[i], word[i]);
    if (here === Infinity) continue;
    const cp = cps[i];
    const han = isHan(cp);
    const pen = han ? SINGLE_PENALTY : 0;
    // After a single character, the in-word bigram; after a word (or at the start), the unigram.
    const viaSingle = i > 0 && single[i] < Infinity ? single[i] + pairCost(cps[i - 1], cp) + pen : Infinity;
    const viaWord = word[i] + charCost(cp) + pen;
    // A character that jieba counts as a word on its own (的, 內) has its word cost too.
    const s = Math.min(viaSingle, viaWord, here + (han ? (words.get(cs[i]) ?? Infinity) : Infinity));
    if (s < single[i + 1]) single[i + 1] = s;
    if (!han) continue;
    let key = cs[i];
    for (let len = 2; len <= maxWord && i + len <= n; len++) {
      if (!isHan(cps[i + len - 1])) break;
      key += cs[i + len - 1];
      const c = words.get(key);
      if (c !== undefined && here + c < word[i + len]) word[i + len] = here + c;
    }
  }
  return Math.min(single[n], word[n]);
}
