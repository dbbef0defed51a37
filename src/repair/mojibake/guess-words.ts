// The word model of src/text/words.ts, widened with the two-character words it leaves out
// (data/guess-words.ts), for ranking the guesses of lost bytes: a guess that makes a word with its
// neighbour (病例 not 病來, 集群 not 集美) is likelier, even when the word is too rare for the
// general model. Used only to choose between guesses, never to decide whether text is damaged.
import { segmentCost } from '../../text/words.js';
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

/**
 * Cost of the best segmentation of `text` into words of either table and single characters,
 * transliterated names next to a `·` included, scored as segmentCost scores it.
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

const twoWords = (w: string): number | undefined => load().get(w);

/** guessSegmentCost without the memo: the general word model, with the two-character words added. */
function segment(text: string): number {
  return segmentCost(text, twoWords);
}
