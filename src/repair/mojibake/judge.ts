// What a repair candidate must look like before a fixer may use it. The model says which
// of two strings is more plausible; these rules keep a fixer from trading one kind of
// nonsense for another (controls, private-use code points, U+FFFD are never an improvement).
import { isHan, isKnownHan, textCost } from '../../text/model.js';

/** Characters a repaired Chinese span may contain. */
export function plausibleChar(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 || cp === 0x09;
  if (isHan(cp)) return isKnownHan(cp);
  if (cp >= 0x3000 && cp <= 0x303f) return true; // CJK punctuation
  if (cp >= 0xff01 && cp <= 0xff65) return true; // full-width forms
  if (cp >= 0x2010 && cp <= 0x2027) return true; // dashes, quotes, ellipsis, bullet
  if (cp === 0xb7 || cp === 0xd7 || cp === 0xf7 || cp === 0xb0) return true; // · × ÷ °
  if (cp >= 0x2460 && cp <= 0x24ff) return true; // ①②
  if (cp >= 0x1f300 && cp <= 0x1faff) return true; // emoji
  return false;
}

/** Every character plausible and at least one Han character. */
export function chineseLike(s: string): boolean {
  let han = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (!plausibleChar(cp)) return false;
    if (isHan(cp)) han++;
  }
  return han > 0;
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
