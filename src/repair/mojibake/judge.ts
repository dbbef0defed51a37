// What a repair candidate must look like before a fixer may use it. The model says which
// of two strings is more plausible; these rules keep a fixer from trading one kind of
// nonsense for another (controls, private-use code points, U+FFFD are never an improvement).
import type { FixKind } from '../../types.js';
import type { RepairContext } from '../fixer.js';
import { charCost, isHan, isKnownHan, pairCost, textCost } from '../../text/model.js';

/** Characters a repaired Chinese span may contain. */
export function plausibleChar(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 || cp === 0x09;
  if (isHan(cp)) return isKnownHan(cp);
  if (cp >= 0x3000 && cp <= 0x301f) return true; // CJK punctuation (not the Hangzhou numerals after it)
  if (cp >= 0xff01 && cp <= 0xff65) return true; // full-width forms
  if (cp >= 0x2010 && cp <= 0x2027) return true; // dashes, quotes, ellipsis, bullet
  if (cp === 0xb7 || cp === 0xd7 || cp === 0xf7 || cp === 0xb0) return true; // · × ÷ °
  if (cp >= 0x2460 && cp <= 0x24ff) return true; // ①②
  if (cp >= 0x1f300 && cp <= 0x1faff) return true; // emoji
  // Signs Chinese pages are full of: © ® « » ※ ™ ℃ №, arrows, box drawing, blocks, shapes (▸ ■ ★), dingbats.
  if (cp === 0xa9 || cp === 0xae || cp === 0xab || cp === 0xbb || cp === 0x203b || cp === 0x2122 || cp === 0x2103 || cp === 0x2116) return true;
  if ((cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x2500 && cp <= 0x27bf)) return true;
  return false;
}

/** Every character plausible and at least one Han character or CJK/full-width punctuation mark. */
export function chineseLike(s: string): boolean {
  let zh = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (!plausibleChar(cp)) return false;
    if (isHan(cp) || (cp >= 0x3000 && cp <= 0x301f) || (cp >= 0xff01 && cp <= 0xff65) || (cp >= 0x2018 && cp <= 0x201d) || cp === 0x2026 || cp === 0x2014) zh++;
  }
  return zh > 0;
}

/** Number of non-ASCII code points. */
export function nonAscii(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.codePointAt(0)! >= 0x80) n++;
  return n;
}

/**
 * Cost of a span in its context: the model's cost of `before + span + after` minus that of the
 * context alone, so the bigrams across the span's edges count.
 */
export function costIn(before: string, span: string, after: string): number {
  return textCost(before + span + after) - textCost(before) - textCost(after);
}

/** Nats a candidate must save over the damaged span: a fixed margin plus a little per character. */
export function margin(damaged: string): number {
  return 6 + 0.5 * nonAscii(damaged);
}

/**
 * In-word bigrams of the model found in a text, and adjacent Han pairs: real prose hits the
 * model's word bigrams often, a wrong decoding almost never (it is a random walk through the
 * character set), so this tells a decoding apart from text that merely reads as Han.
 */
export function wordiness(s: string): { hits: number; pairs: number } {
  let hits = 0;
  let pairs = 0;
  let prev = -1;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (prev >= 0 && isHan(prev) && isHan(cp)) {
      pairs++;
      // pairCost without a bigram is the unigram cost plus −ln(1 − λ); anything below is a hit.
      if (pairCost(prev, cp) < charCost(cp) + 0.9) hits++;
    }
    prev = cp;
  }
  return { hits, pairs };
}

/** True when `decoded` reads as words clearly more than `damaged` does. */
export function wordier(decoded: string, damaged: string): boolean {
  const d = wordiness(decoded);
  const g = wordiness(damaged);
  if (d.pairs === 0) return false;
  return d.hits >= g.hits + 1 && d.hits / d.pairs >= 0.2 && d.hits / d.pairs > (g.pairs ? g.hits / g.pairs : 0) + 0.1;
}

/** True when the document's unguessed repairs are mostly of this kind (so short spans may follow suit). */
export function prevalent(doc: RepairContext | undefined, ...kinds: FixKind[]): boolean {
  if (!doc?.kinds) return false;
  let n = 0;
  for (const k of kinds) n += doc.kinds.get(k) ?? 0;
  let total = 0;
  for (const v of doc.kinds.values()) total += v;
  return n >= 3 && n >= 0.8 * total;
}
