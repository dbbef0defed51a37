// How plausible a decoding is, in nats (−ln p, lower = more plausible), for ranking the
// candidate encodings of the same bytes. Chinese text is scored by the shared model in text/;
// the non-Chinese candidates (windows-1252, shift_jis, euc-kr) get a small model of their own
// script on top of it, so that a French, Japanese or Korean file is judged as what it is and not
// only as bad Chinese. The same adjustments apply to every candidate's text, so the comparison
// stays fair: a windows-1252 reading of GBK bytes gains nothing from them (its accented letters
// do not sit next to ASCII letters), nor does a euc-kr reading of GBK (its hangul comes in long
// runs without spaces, unlike Korean).
import { charCost, isHan, pairCost } from '../text/model.js';
import { codeOf } from './tables.js';

const isAsciiLetter = (cp: number): boolean => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
/** Accented Latin letters of windows-1252 (À–ÿ without × and ÷, plus Š š Œ œ Ž ž Ÿ). */
const isLatinLetter = (cp: number): boolean =>
  (cp >= 0xc0 && cp <= 0xff && cp !== 0xd7 && cp !== 0xf7) || cp === 0x160 || cp === 0x161 || cp === 0x152 || cp === 0x153 || cp === 0x17d || cp === 0x17e || cp === 0x178;
const isHangul = (cp: number): boolean => cp >= 0xac00 && cp <= 0xd7a3;
// The 2,350 syllables of KS X 1001 (EUC-KR's own rows) are the ones Korean text really uses;
// the other 8,822 are rare, and common in random code units (a wrong UTF-16 reading).
let commonHangul: Uint8Array | null = null;
function isCommonHangul(cp: number): boolean {
  if (!commonHangul) {
    commonHangul = new Uint8Array(0xd7a4 - 0xac00);
    for (let c = 0xac00; c <= 0xd7a3; c++) {
      const code = codeOf(c, 'euc-kr');
      if (code !== undefined && code >> 8 >= 0xb0 && (code & 0xff) >= 0xa1) commonHangul[c - 0xac00] = 1;
    }
  }
  return commonHangul[cp - 0xac00] === 1;
}
const isKana = (cp: number): boolean => cp >= 0x3041 && cp <= 0x30ff;
const isHalfKana = (cp: number): boolean => cp >= 0xff61 && cp <= 0xff9f;
const isAscii = (cp: number): boolean => cp < 0x80;

/** Cost of an invalid sequence on top of the model's price of U+FFFD. */
export const INVALID_COST = 8;

/** Extra cost each time the text switches between ASCII and non-ASCII (real text switches at word boundaries, debris of a wrong codec switches all the time). */
const SWITCH_COST = 1.2;

// Per-character costs are looked up often (every candidate reading of up to 64 KiB): cache the
// model's answers. BMP unigram costs in a flat array, Han bigram costs in a bounded map.
let uniCache: Float32Array | null = null;
const pairCache = new Map<number, number>();

function uni(cp: number): number {
  if (cp > 0xffff) return charCost(cp);
  if (!uniCache) uniCache = new Float32Array(0x10000).fill(NaN);
  let c = uniCache[cp];
  if (c !== c) c = uniCache[cp] = charCost(cp);
  return c;
}

function pair(a: number, b: number): number {
  if (!isHan(a) || !isHan(b)) return uni(b);
  if (a < 0x3400 || a > 0x9fff || b < 0x3400 || b > 0x9fff) return pairCost(a, b);
  const k = (a - 0x3400) * 0x6c00 + (b - 0x3400); // a small integer key: fast in a Map
  let c = pairCache.get(k);
  if (c === undefined) {
    if (pairCache.size > 200_000) pairCache.clear();
    c = pairCost(a, b);
    pairCache.set(k, c);
  }
  return c;
}

/** Scores a text fed in pieces (a streamed decoding); the state carries across pieces. */
export class Scorer {
  cost = 0;
  private prev = -1;
  private prev2 = -1;
  private hangulRun = 0;
  private hi = -1; // a high surrogate waiting for its pair at the end of a piece

  /** Adds a piece of text; `invalid` counts the invalid sequences in it (already U+FFFD in it). */
  feed(text: string, invalid = 0): void {
    let cost = invalid * INVALID_COST;
    let { prev, prev2, hangulRun } = this;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (this.hi >= 0) {
        if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0x10000 + ((this.hi - 0xd800) << 10) + (cp - 0xdc00);
        else i--; // lone high surrogate: score it on its own, then this unit
        if (cp < 0x10000) cp = this.hi;
        this.hi = -1;
      } else if (cp >= 0xd800 && cp <= 0xdbff) {
        if (i + 1 === text.length) {
          this.hi = cp;
          break;
        }
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      let c: number;
      if (cp < 0x80) {
        c = uni(cp);
      } else if (isLatinLetter(cp)) {
        // Western European text: accented letters inside words of ASCII letters.
        c = isAsciiLetter(prev) || isLatinLetter(prev) ? 5 : 7;
        if (isLatinLetter(prev) && isLatinLetter(prev2)) c = 14; // three in a row: debris, not a word
      } else if (cp === 0xbf || cp === 0xa1 || cp === 0xab || cp === 0xbb || cp === 0xb0 || cp === 0xa3 || cp === 0xa7) {
        c = 7; // ¿ ¡ « » ° £ §: Western punctuation
      } else if (cp === 0x20ac || cp === 0x2122 || cp === 0x2013 || cp === 0x2014 || cp === 0x2026) {
        c = 6;
      } else if ((cp >= 0x500 && cp <= 0x1fff) || (cp >= 0x2c00 && cp <= 0x2dff) || (cp >= 0xa000 && cp <= 0xabff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) {
        c = 16; // Hebrew, Arabic, Indic, Thai, Tifinagh, Yi…: in Chinese files, the mark of a wrong UTF-16 reading
      } else if (isKana(cp)) {
        c = 5; // Japanese: kana are the most common characters
      } else if (isHalfKana(cp)) {
        c = 14; // half-width katakana: rare in real Japanese, common in GBK read as Shift_JIS
      } else if (isHangul(cp)) {
        // Korean: words of a few syllables between spaces; long runs are GB2312 read as EUC-KR.
        hangulRun++;
        c = !isCommonHangul(cp) ? 14 : hangulRun <= 4 ? 6.5 : 13;
      } else if (isHan(cp) && (isHangul(prev) || isKana(prev))) {
        c = uni(cp) + 1;
      } else {
        c = prev >= 0 ? pair(prev, cp) : uni(cp);
      }
      if (!isHangul(cp)) hangulRun = 0;
      // One Han character inside a Latin word (l'間lise): debris of a wrong codec, not Chinese.
      if (isAsciiLetter(cp) && isHan(prev) && prev2 > 0x20 && prev2 < 0x80) c += 5;
      // Korean puts spaces between words, Latin ones included; and it does not mix in kana.
      if ((isAsciiLetter(cp) && isHangul(prev)) || (isHangul(cp) && isAsciiLetter(prev))) c += 3;
      if ((isHangul(cp) && isKana(prev)) || (isKana(cp) && isHangul(prev))) c += 6;
      if (prev >= 0 && isAscii(prev) !== isAscii(cp)) c += SWITCH_COST;
      cost += c;
      prev2 = prev;
      prev = cp;
    }
    this.prev = prev;
    this.prev2 = prev2;
    this.hangulRun = hangulRun;
    this.cost += cost;
  }
}

/** Cost of a whole decoded text. `invalid` counts invalid sequences (already U+FFFD in the text). */
export function textScore(text: string, invalid = 0): number {
  const s = new Scorer();
  s.feed(text, invalid);
  return s.cost;
}
