// The word model of src/text/words.ts, widened with the two-character words it leaves out
// (data/guess-words.ts), for ranking the guesses of lost bytes: a guess that makes a word with its
// neighbour (病例 not 病來, 集群 not 集美) is likelier, even when the word is too rare for the
// general model. Used only to choose between guesses, never to decide whether text is damaged.
import { charCost, isHan, pairCost } from '../../text/model.js';
import { SINGLE_PENALTY, segmentCost, wordCost } from '../../text/words.js';
import { GUESS_WORDS } from './data/guess-words.js';

let extra: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (extra) return extra;
  const m = new Map<string, number>();
  for (const group of GUESS_WORDS.split(';')) {
    const colon = group.indexOf(':');
    const cost = Number(group.slice(0, colon)) / 10;
    const cs = Array.from(group.slice(colon + 1));
    for (let i = 0; i + 2 <= cs.length; i += 2) m.set(cs[i] + cs[i + 1], cost);
  }
  extra = m;
  return m;
}

/** Longest word the general model may hold (words-data.ts keeps words of 1–4 characters). */
const MAX_WORD = 4;

/**
 * Cost of the best segmentation of `text` into words of either table and single characters,
 * scored as segmentCost scores it; never more than segmentCost itself (which also reads
 * transliterated names next to a `·`).
 */
export function guessSegmentCost(text: string): number {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const c = segment(text);
  // The same windows come back for every guess of a run and every round of the joint pass.
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, c);
  return c;
}

const memo = new Map<string, number>();
const MEMO_SIZE = 20000;

/** guessSegmentCost without the memo. */
function segment(text: string): number {
  const two = load();
  const cs = Array.from(text);
  const n = cs.length;
  const cps = cs.map((c) => c.codePointAt(0)!);
  const single = new Float64Array(n + 1).fill(Infinity);
  const word = new Float64Array(n + 1).fill(Infinity);
  word[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = Math.min(single[i], word[i]);
    if (here === Infinity) continue;
    const cp = cps[i];
    const han = isHan(cp);
    const pen = han ? SINGLE_PENALTY : 0;
    const viaSingle = i > 0 && single[i] < Infinity ? single[i] + pairCost(cps[i - 1], cp) + pen : Infinity;
    const viaWord = word[i] + charCost(cp) + pen;
    const s = Math.min(viaSingle, viaWord, here + (han ? (wordCost(cs[i]) ?? Infinity) : Infinity));
    if (s < single[i + 1]) single[i + 1] = s;
    if (!han) continue;
    let key = cs[i];
    for (let len = 2; len <= MAX_WORD && i + len <= n; len++) {
      if (!isHan(cps[i + len - 1])) break;
      key += cs[i + len - 1];
      const general = wordCost(key);
      const c = len === 2 ? Math.min(general ?? Infinity, two.get(key) ?? Infinity) : general;
      if (c !== undefined && c < Infinity && here + c < word[i + len]) word[i + len] = here + c;
    }
  }
  const own = Math.min(single[n], word[n]);
  // The general model reads one thing this one does not: a transliterated name next to a name mark.
  return NAME_MARK.test(text) ? Math.min(own, segmentCost(text)) : own;
}

/** The marks next to which words.ts reads a run of Han characters as a foreign name. */
const NAME_MARK = /[\u00b7\u2022\u30fb\u2027\uff65]/;
