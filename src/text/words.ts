// A word-level model of Chinese: the cost of a text is the cost of its best segmentation into
// dictionary words (jieba's, simplified and traditional: scripts/build-words.ts), characters
// outside any known word falling back to the character model of model.ts plus a penalty, so
// that a known word (佐治亞州, 範圍) beats the same characters read one by one. Used to rank
// candidate readings where the character model alone cannot tell 州 from 洲. A run of Han
// characters next to a `·` may also be read as a transliterated name (a model of jieba's `nrt`
// names), since foreign names are what no dictionary lists.
import { charCost, isHan, pairCost } from './model.js';
import { MIN_WORD, NAME_CHARS, WORDS } from './data/words-data.js';

/**
 * Extra cost of a Han character not covered by a dictionary word (nats). Word costs are −ln P(word)
 * over jieba's running text, character costs −ln P(char) of the character model; without a
 * penalty two frequent characters read singly would beat most two-character words.
 */
export const SINGLE_PENALTY = 3;

/**
 * A run of Han characters next to a `·` may be read as one transliterated name (查爾斯·平克尼),
 * costed by the name model plus this (nats), instead of as words: the general model prefers
 * 平克年 to 平克尼 because 年 is common, the name model knows 年 is not a transliteration.
 * The `·` is itself strong evidence of a foreign name; 0, 1 and 2 restored the same generated
 * lines, and we keep the most cautious.
 */
export const NAME_PENALTY = 2;
/** Cost of a character never seen in a transliterated name. */
const NAME_UNSEEN = 14;
/** Weight of the in-name bigram against the name unigram. */
const NAME_LAMBDA = 0.6;
/** Marks between the parts of a foreign name: middle dot, bullet, katakana middle dot, hyphenation point. */
const NAME_MARKS = new Set([0xb7, 0x2022, 0x30fb, 0x2027, 0xff65]);

let table: Map<string, number> | null = null;
let nameUni: Map<string, number> | null = null;
let nameBi: Map<string, number> | null = null;
let maxWord = MIN_WORD;

function parse(body: string, n: number, into: Map<string, number>): void {
  for (const group of body.split(';')) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const cost = Number(group.slice(0, colon)) / 10;
    const cps = Array.from(group.slice(colon + 1));
    for (let i = 0; i + n <= cps.length; i += n) into.set(cps.slice(i, i + n).join(''), cost);
  }
}

function load(): Map<string, number> {
  if (table) return table;
  const t = new Map<string, number>();
  WORDS.forEach((body, k) => {
    const n = MIN_WORD + k;
    if (body) maxWord = Math.max(maxWord, n);
    parse(body, n, t);
  });
  nameUni = new Map();
  nameBi = new Map();
  parse(NAME_CHARS[0], 1, nameUni);
  parse(NAME_CHARS[1], 2, nameBi);
  table = t;
  return t;
}

/** Cost of `cs` read as (part of) one transliterated name. */
function nameCost(cs: string[]): number {
  load();
  let c = 0;
  for (let i = 0; i < cs.length; i++) {
    const u = nameUni!.get(cs[i]) ?? NAME_UNSEEN;
    const b = i > 0 ? nameBi!.get(cs[i - 1] + cs[i]) : undefined;
    c += b === undefined ? -Math.log((i > 0 ? 1 - NAME_LAMBDA : 1) * Math.exp(-u)) : -Math.log(NAME_LAMBDA * Math.exp(-b) + (1 - NAME_LAMBDA) * Math.exp(-u));
  }
  return c;
}

/** Cost (nats) of `word` as one dictionary word, or undefined when the dictionary lacks it. */
export function wordCost(word: string): number | undefined {
  return load().get(word);
}

/**
 * Cost of the best segmentation of `text` into dictionary words and single characters (and, with
 * `extra`, the caller's own two-character words).
 * Dynamic programming over positions (linear: at most a few lookups per character). A single
 * character costs its character-model cost (the in-word bigram after another single Han
 * character, so unknown names still read as names), plus SINGLE_PENALTY if it is Han.
 */
export function segmentCost(text: string, extra?: (word: string) => number | undefined): number {
  const words = load();
  const cs = Array.from(text);
  const n = cs.length;
  const cps = cs.map((c) => c.codePointAt(0)!);
  // Two states per position: the best cost ending with a single character, or with a word.
  const single = new Float64Array(n + 1).fill(Infinity);
  const word = new Float64Array(n + 1).fill(Infinity);
  word[0] = 0;
  // Where each run of Han characters ends, for the name reading of a run touching a `·`.
  const runEnd = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = isHan(cps[i]) ? (i + 1 < n && isHan(cps[i + 1]) ? runEnd[i + 1] : i + 1) : i;
  for (let i = 0; i < n; i++) {
    const here = Math.min(single[i], word[i]);
    if (here === Infinity) continue;
    if (isHan(cps[i]) && (i === 0 || !isHan(cps[i - 1]))) {
      const e = runEnd[i];
      if ((i > 0 && NAME_MARKS.has(cps[i - 1])) || (e < n && NAME_MARKS.has(cps[e]))) {
        const c = here + nameCost(cs.slice(i, e)) + NAME_PENALTY;
        if (c < word[e]) word[e] = c;
      }
    }
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
      let c = words.get(key);
      // A caller's own two-character words (src/repair/mojibake/guess-words.ts) join the dictionary's.
      const e = extra && len === 2 ? extra(key) : undefined;
      if (e !== undefined && (c === undefined || e < c)) c = e;
      if (c !== undefined && here + c < word[i + len]) word[i + len] = here + c;
    }
  }
  return Math.min(single[n], word[n]);
}
