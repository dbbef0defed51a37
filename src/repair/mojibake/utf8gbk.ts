// UTF-8 read as GBK/GB18030 (古文码 `鍙戦€佹椂闂`). Re-encoding a run of Han-looking
// characters to GBK gives back the UTF-8 bytes, except where the decoder lost one: a lead
// byte followed by ASCII (or the end of the line) became U+FFFD, a `?` once the text was
// saved again, or nothing at all. Each lost byte is searched (a UTF-8 continuation byte,
// 0x80–0xBF) and the complete decodings are ranked by the model (a small beam).
import { codeOf } from '../../encoding/tables.js';
import { type Script, charCost, isHan, pairCost, scriptOf } from '../../text/model.js';
import { guessSegmentCost } from './guess-words.js';
import { readUtf8, utf8Len } from './bytes.js';
import type { RepairContext } from '../fixer.js';
import type { Edit } from './edits.js';
import { chineseLike as chineseLikeText, costIn, margin, prevalent } from './judge.js';

/** The byte sequences one character may have come from, or a lost byte. */
type Part = number[][] | 'hole';

let gb18030Extra: Map<number, number[][]> | null = null;
/**
 * Platforms decode a few pairs differently under the `gb18030` label (GB18030-2022: A2E3 is €,
 * A6D9… are vertical forms, A3A0 is U+3000) than under `gbk`; those pairs are alternatives.
 */
function extra(): Map<number, number[][]> {
  if (gb18030Extra) return gb18030Extra;
  const m = new Map<number, number[][]>();
  const a = new TextDecoder('gbk');
  const b = new TextDecoder('gb18030');
  for (let l = 0x81; l <= 0xfe; l++)
    for (let t = 0x40; t <= 0xfe; t++) {
      if (t === 0x7f) continue;
      const pair = Uint8Array.of(l, t);
      const y = b.decode(pair);
      if (y.length !== 1 || y === '\ufffd' || y === a.decode(pair)) continue;
      const cp = y.codePointAt(0)!;
      m.set(cp, [...(m.get(cp) ?? []), [l, t]]);
    }
  gb18030Extra = m;
  return m;
}

/** GBK bytes of one character, 'hole' for U+FFFD, null when it cannot be part of a GBK-read run. */
function gbkPart(cp: number): Part | null {
  if (cp === 0xfffd) return 'hole';
  if (cp < 0x80) return null;
  const c = codeOf(cp, 'gbk');
  const opts: number[][] = c === undefined ? [] : [c > 0xff ? [c >> 8, c & 0xff] : [c]];
  opts.push(...(extra().get(cp) ?? []));
  return opts.length ? opts : null;
}

interface State {
  pending: number[]; // bytes of an incomplete UTF-8 sequence
  pendingFilled: boolean; // one of them was guessed
  text: string;
  last: number;
  cost: number;
  filled: number;
  /** UTF-16 offsets in `text` of characters that hold a guessed byte. */
  guessed: number[];
}

/** Feeds bytes to a state; null when they break UTF-8. */
function feed(st: State, bytes: readonly number[], doc: RepairContext | undefined, guess = false): State | null {
  const buf = [...st.pending, ...bytes];
  let { text, last, cost } = st;
  let pendingFilled = st.pendingFilled || guess;
  let guessed = st.guessed;
  let i = 0;
  while (i < buf.length) {
    const n = utf8Len(buf[i]);
    if (n === 0) return null;
    if (i + n > buf.length) {
      // Incomplete tail: only continuation bytes may follow the lead so far.
      for (let k = i + 1; k < buf.length; k++) if ((buf[k] & 0xc0) !== 0x80) return null;
      break;
    }
    const r = readUtf8(buf, i);
    if (!r) return null;
    cost += rankCost(last, r.cp, doc);
    if (pendingFilled) {
      guessed = [...guessed, text.length];
      pendingFilled = false;
    }
    last = r.cp;
    text += String.fromCodePoint(r.cp);
    i += r.len;
  }
  return { pending: buf.slice(i), pendingFilled, text, last, cost, filled: st.filled, guessed };
}

// The model prices all CJK punctuation alike; when a lost byte decides between 。 and the
// ideographic space (E3 80 82 / E3 80 80), the everyday marks should win.
// Rough order of frequency in running text: the full stop and comma first.
const PUNCT_BONUS = new Map<number, number>([
  ...Array.from('。，', (c): [number, number] => [c.codePointAt(0)!, 2.2]),
  ...Array.from('、：；！？“”', (c): [number, number] => [c.codePointAt(0)!, 1.5]),
  ...Array.from('‘’「」『』（）《》…—·', (c): [number, number] => [c.codePointAt(0)!, 1]),
]);
// Weights of the document cache (tuned on the benchmark's generated damage, see bench/repair.bench.ts).
const UNI_W = 1.2;
const UNI_CAP = 3;
const PAIR_W = 3;
/** Cost of `cp` after `prev` (−1: none) when a byte must be guessed: the model, common punctuation, the document. */
export function rankCost(prev: number, cp: number, doc: RepairContext | undefined): number {
  let c = (prev >= 0 ? pairCost(prev, cp) : charCost(cp)) - (PUNCT_BONUS.get(cp) ?? 0);
  if (HIT_W && prev >= 0 && isHan(prev) && isHan(cp) && c < charCost(cp) + 0.9) c -= HIT_W;
  if (doc) {
    // What the document itself uses elsewhere (a cache model): the same words recur.
    // Punctuation too: a document that writes ； and never ！ ends its list items with ；.
    const n = doc.chars.get(cp) ?? 0;
    if (isHan(cp) || PUNCT_BONUS.has(cp)) c -= Math.min(UNI_CAP, UNI_W * Math.log1p(n));
    // Not for full-width marks (！，：；？, one lost byte apart): which of them follows a
    // character says little (款， and 款； are both common); the document's choice of marks is
    // in its unigram counts above.
    if (prev >= 0 && !isFullWidth(cp) && doc.pairs.has(pairKey(token(prev), token(cp)))) c -= PAIR_W;
    // A document written in one script keeps to it: 回顾 in simplified text, 平克尼 (not 尔) in traditional.
    if (isHan(cp)) {
      const ds = docScript(doc);
      if (ds !== 'neutral') {
        const cs = scriptOf(String.fromCodePoint(cp)).script;
        if (cs !== 'neutral' && cs !== ds) c += SCRIPT_W;
      }
    }
  }
  // The ellipsis and the dash are written doubled (……, ——).
  if (prev === cp && (cp === 0x2026 || cp === 0x2014)) c -= 2;
  // After a digit, the counters and units that follow numbers (2023年, 30岁, 1.6倍).
  if (prev >= 0x30 && prev <= 0x39 && AFTER_DIGIT.has(cp)) c -= DIGIT_W;
  return c;
}

/** Cost of a character of the other script than the document's (simplified vs traditional); 1.5, 3 and 6 restored the same bench lines. */
const SCRIPT_W = 3;
const scripts = new WeakMap<RepairContext, Script>();
/** The script of the document's unguessed text. */
function docScript(doc: RepairContext): Script {
  let s = scripts.get(doc);
  if (s === undefined) {
    let text = '';
    for (const [cp, n] of doc.chars) if (isHan(cp)) text += String.fromCodePoint(cp).repeat(n);
    s = scriptOf(text).script;
    scripts.set(doc, s);
  }
  return s;
}

const isFullWidth = (cp: number): boolean => cp >= 0xff01 && cp <= 0xff5e;

/** What follows each part of a date written with digits (2024年1月31日). */
const DATE = new Map<number, RegExp>([
  [0x5e74, /^\d{1,2}月/], // 年
  [0x6708, /^\d{1,2}[日号號]/], // 月
]);

/** A short label (日期, 更新時間, 联系电话): two to six Han characters. */
const LABEL = /^\p{Script=Han}{2,6}$/u;

const AFTER_DIGIT = new Set(Array.from('年月日号岁个人元万亿倍次位名家条项种天时分秒米克度届期章节页', (ch) => ch.codePointAt(0)!));
const DIGIT_W = 4;
/**
 * Before a digit, the words that lead numbers: approximations (约80年, 近2倍, 逾, 超), totals
 * (共14人, 达28%), shares (占23%), ordinals (第3), and the prepositions of ranges and dates
 * (从2018, 自, 至, 到, 每). Chosen from grammar, in both scripts, after reading the repair bench's
 * errors; the weight is DIGIT_W.
 */
const BEFORE_DIGIT = new Set(Array.from('约約近逾超达達共仅僅占佔第从從自至到每', (ch) => ch.codePointAt(0)!));
// A pair the model knows as part of a word is worth a little more when a byte is guessed.
const HIT_W = 1;

export const pairKey = (a: number, b: number): number => a * 0x110000 + b;

/** Context tokens of the document model: ASCII digits and letters as one class each, line ends. */
export const BOL = 0x02;
export const EOL = 0x0a;
export function token(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return 0x30;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 0x61;
  return cp;
}

// Sentence ends, when a guess ends the line: the full stop far ahead of the rest.
// A comma does not end a line; a semicolon or colon may (lists, headings).
const FINAL = new Map<number, number>([
  [0x3002, 4],
  ...Array.from('！？”…；：', (c): [number, number] => [c.codePointAt(0)!, 1.5]),
  ...Array.from('，、', (c): [number, number] => [c.codePointAt(0)!, -2]),
]);

/** Bonus of 、 before a list item that ends with 、, of ： before a quotation (not tuned: of the order of the line-end bonuses). */
const LIST_W = 2;
/** What follows a colon that opens a quotation: spaces or dashes, then an opening quote. */
const QUOTE_NEXT = /^[\s\-—]*[“「『]/;

const CONT = Array.from({ length: 64 }, (_, k) => 0x80 + k);
/**
 * A GBK decoder that reads a lone 0x80 as € (WHATWG's gbk and gb18030, Windows' code page 936)
 * loses a byte only where a lead byte (0x81–0xFE) meets ASCII or the line end: 0x80 is never
 * the lost byte. Decoders that reject 0x80 (Python's `gbk`) can lose it, so it is excluded only
 * when the text shows a € read from a UTF-8 sequence.
 */
const CONT_NO80 = CONT.slice(1);
/**
 * States kept per byte. The word model can only pick a guess the beam kept: 12, 16, 24, 32 and 48
 * restored 257, 259, 261, 261 and 261 lines of the bench's lossy GBK row (the gain on lines with a
 * `?`: transliterated names, whose characters the character model ranks low).
 */
const BEAM = 24;
/**
 * The beam when the document context is read (mojibakeContext: no document yet). Guessed
 * characters are left out of the context, so a wider beam would only cost time; 12 is the
 * beam the context was built with before.
 */
const CONTEXT_BEAM = 12;

/** How far (nats, character ranking) behind the best a complete decoding may be and still be re-ranked by words. */
export const RERANK_SLACK = 8;
/**
 * Weight of the word model against the character ranking. On the even lines of the repair bench's
 * lossy GBK rows 0.75, 1 and 1.5 restored the same lines (0.5 and 3 fewer); we keep the most cautious.
 * Re-checked with the joint pass and the widened word list: 0.5, 0.75, 1, 1.5 restored 251, 255,
 * 254, 251 lines of the row.
 */
export const WORD_WEIGHT = 0.75;
/** Characters of context each side of the guessed characters that the word model reads. */
const WORD_WINDOW = 4;

/**
 * Word-model cost of a decoding around its guessed characters: the text from a few characters
 * before the first guess to a few after the last, with the line's own text on both sides, so
 * that a guess is judged by the words it makes (网易号, not 网易可) and not by pairs alone.
 */
function wordCostAround(s: { text: string; guessed: readonly number[] }, before: string, after: string): number {
  if (s.guessed.length === 0) return 0;
  return wordWindowCost(before + s.text + after, before.length + s.guessed[0], before.length + s.guessed[s.guessed.length - 1]);
}

/** Word-model cost of `raw` from WORD_WINDOW characters before offset `from` to as many after offset `to`. */
export function wordWindowCost(text: string, from: number, to: number): number {
  // Only the neighbourhood of the window is read (a run's decoding can be a whole paragraph).
  const lo = Math.max(0, from - 6 * WORD_WINDOW);
  const raw = text.slice(lo, to + 6 * WORD_WINDOW + 2);
  from -= lo;
  to -= lo;
  const drop = spacedOut(raw);
  let full = '';
  const at: number[] = []; // offset in `raw` → offset in `full`
  for (let i = 0; i < raw.length; i++) {
    at.push(full.length);
    if (!drop.has(i)) full += raw[i];
  }
  const first = at[from];
  const last = at[to];
  // Step over whole code points so a window never splits a surrogate pair.
  let a = first;
  for (let k = 0; k < WORD_WINDOW && a > 0; k++) a -= a >= 2 && isLow(full.charCodeAt(a - 1)) ? 2 : 1;
  let b = last + (full.codePointAt(last)! > 0xffff ? 2 : 1);
  for (let k = 0; k < WORD_WINDOW && b < full.length; k++) b += full.codePointAt(b)! > 0xffff ? 2 : 1;
  return guessSegmentCost(full.slice(a, b));
}
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

/**
 * Offsets of the spaces a word reading should see through: a single space between two Han
 * characters one of which stands alone (`第 一 款`, spaced headings and names). Such spacing is
 * typography, and the characters on both sides still form one word.
 */
function spacedOut(s: string): Set<number> {
  const drop = new Set<number>();
  const hanAt = (i: number): boolean => i >= 0 && i < s.length && isHan(s.codePointAt(i)!);
  // Offsets of the code point before `i` and after the one at `i` (surrogate pairs are two units).
  const back = (i: number): number => (i >= 2 && isLow(s.charCodeAt(i - 1)) ? i - 2 : i - 1);
  const fwd = (i: number): number => i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
  for (let i = 1; i < s.length - 1; i++) {
    if (s[i] !== ' ') continue;
    const a = back(i);
    const b = i + 1;
    if (!hanAt(a) || !hanAt(b)) continue;
    const aAlone = !hanAt(back(a));
    const bAlone = !hanAt(fwd(b));
    if (aAlone || bAlone) drop.add(i);
  }
  return drop;
}

/** A decoding of a run: `text` as the word model ranks it, `gate` as the character ranking alone does. */
export interface Decoding {
  text: string;
  filled: number;
  guessed: number[];
  /** The character ranking's best text: what decides whether the run is repaired at all. */
  gate: string;
  /** The decodings the word model chose among (same lost bytes), with their character-ranking cost. */
  alts: Alt[];
  /** Every complete decoding the beam kept (the joint pass chooses among them again). */
  cands: Cand[];
}

interface Alt {
  text: string;
  guessed: number[];
  /** Character-ranking cost (with the line-end and document bonuses). */
  c: number;
  /** With the word model's cost around it: the order of the alternatives. */
  score: number;
}

/** What decodeParts knows of the run's surroundings. */
interface DecodeOpts {
  doc: RepairContext | undefined;
  /** What follows the run, as a context token (EOL at the line end), or −1. */
  next: number;
  /** The character ahead of the run, context for its first character (2023 → 年), or −1. */
  before: number;
  /** Double quotes left open before the run. */
  openQuotes: number;
  /** Title marks 《 left open before the run. */
  openTitles: number;
  /** The line's text around the run, read by the word model with the guesses. */
  around: { before: string; after: string };
  /** The decoder read a lone 0x80 as € (so it never lost one). */
  euro: boolean;
  /** The first clause mark after the run (、，。；：！？ or their ASCII forms), or −1. */
  nextMark: number;
}

const MARKS = /[、，。；：！？,.;:!?]/;
/** The first clause mark of `s`, or −1. */
function nextMark(s: string): number {
  const m = MARKS.exec(s);
  return m ? m[0].codePointAt(0)! : -1;
}

/**
 * Best UTF-8 decoding of parts, each hole standing for one lost byte (or none), with an
 * extra hole at the end when `endHole`. Returns null when no filling decodes completely.
 */
function decodeParts(parts: readonly Part[], endHole: boolean, o: DecodeOpts): Decoding | null {
  const { doc } = o;
  const cont = o.euro ? CONT_NO80 : CONT;
  let beam: State[] = [{ pending: [], pendingFilled: false, text: '', last: o.before, cost: 0, filled: 0, guessed: [] }];
  const all: Part[] = endHole ? [...parts, 'hole'] : [...parts];
  for (const p of all) {
    const next: State[] = [];
    for (const st of beam) {
      if (p !== 'hole') {
        for (const o of p) {
          const s = feed(st, o, doc);
          if (s) next.push(s);
        }
        continue;
      }
      if (st.pending.length === 0) next.push(st); // nothing was lost here
      else
        for (const b of cont) {
          const s = feed(st, [b], doc, true);
          if (s) next.push({ ...s, filled: s.filled + 1 });
        }
    }
    // States with a pending tail are compared on what they decoded so far.
    next.sort((a, b) => a.cost - b.cost);
    beam = next.slice(0, doc ? BEAM : CONTEXT_BEAM);
    if (beam.length === 0) return null;
  }
  const done = beam.filter((s) => s.pending.length === 0);
  if (done.length === 0) return null;
  const cands = done.map((s) => ({ text: s.text, guessed: s.guessed, filled: s.filled, base: s.cost }));
  return { ...choose(cands, o), cands };
}

/** A complete decoding of a run: its text, its guessed characters, and its beam cost. */
interface Cand {
  text: string;
  guessed: number[];
  filled: number;
  /** The character ranking's cost inside the run (the edge bonuses are added by choose). */
  base: number;
}

/**
 * Line-end, number, list and paired-mark bonuses of a decoding whose last character is a
 * guess, judged with what follows the run (`next`: a context token). A guess that ends the
 * line is most likely a sentence end: 。 before 、 (E3 80 82 / 81).
 */
function edgeBonus(c: Cand, o: DecodeOpts): number {
  const { doc, next, before, openQuotes, around } = o;
  const last = c.text.codePointAt(c.text.length - 1 - (isLow(c.text.charCodeAt(c.text.length - 1)) ? 1 : 0))!;
  if (!c.guessed.includes(c.text.length - (last > 0xffff ? 2 : 1))) return 0;
  let b = 0;
  if (next === EOL) b += FINAL.get(last) ?? 0;
  // An item followed by 、 is in a list, so the mark before it is likely 、 too (数字人、3D空间建模大模型、).
  if (last === 0x3001 && o.nextMark === 0x3001) b += LIST_W;
  // A colon introduces a quotation (如下：-- “我郑重宣誓…).
  if (last === 0xff1a && QUOTE_NEXT.test(around.after)) b += LIST_W;
  // …and a value after a label: a run that is a short label at the line's start or after a gap,
  // then the guess, then digits or Latin (更新時間：2024/03, 电话：0571…, 版本：v3.2).
  if (last === 0xff1a && (next === 0x30 || next === 0x61) && (before === -1 || before === 0x20 || before === 0x3000) && LABEL.test(c.text.slice(0, -1))) b += LIST_W;
  if (next === 0x30 && BEFORE_DIGIT.has(last)) b += DIGIT_W;
  // A date between digits: 9?17日 is 9月17日, 2024?1月 is 2024年1月.
  if (before >= 0x30 && before <= 0x39 && c.text.length === 1 && DATE.get(last)?.test(around.after)) b += DIGIT_W;
  if (doc && next >= 0 && !isFullWidth(last) && doc.pairs.has(pairKey(token(last), next))) b += PAIR_W;
  // Quotes come in pairs: an open “ in the run makes the guess ”, and the other way round.
  if (last === 0x201c || last === 0x201d) {
    const open = openQuotes + quoteBalance(c.text.slice(0, -1));
    if ((last === 0x201d) === open > 0) b += 2;
  }
  // So do the title marks: a 《 left open before the guess makes it 》, and no sentence ends inside a title.
  if (o.openTitles + titleBalance(c.text.slice(0, -1)) > 0) b += last === 0x300b ? 2 : last === 0x3002 ? -2 : 0;
  return b;
}

/**
 * Chooses among the complete decodings of a run. The character ranking says which decodings
 * are plausible at all; among those close to the best, the word model joins in to pick one.
 * Whether the run is repaired is decided later from the character ranking's best (`gate`).
 */
function choose(cands: readonly Cand[], o: DecodeOpts): Omit<Decoding, 'cands'> {
  const rank = cands.map((s) => ({ s, c: s.base - edgeBonus(s, o) }));
  rank.sort((x, y) => x.c - y.c);
  const first = rank[0];
  let best = first;
  const alts: Alt[] = [];
  if (rank.length > 1 && rank[1].c <= first.c + RERANK_SLACK) {
    let bestScore = Infinity;
    for (const r of rank) {
      if (r.c > first.c + RERANK_SLACK) break;
      // Same number of lost bytes, only plausible characters: the word model picks a guess, never the shape of the repair.
      if (r.s.filled !== first.s.filled || !chineseLike(r.s.text)) continue;
      const score = r.c + WORD_WEIGHT * wordCostAround(r.s, o.around.before, o.around.after);
      alts.push({ text: r.s.text, guessed: r.s.guessed, c: r.c, score });
      if (score < bestScore) {
        bestScore = score;
        best = r;
      }
    }
  }
  alts.sort((x, y) => x.score - y.score);
  return { text: best.s.text, filled: best.s.filled, guessed: best.s.guessed, gate: first.s.text, alts };
}

/** Opening minus closing title marks 《》. */
function titleBalance(s: string): number {
  let n = 0;
  for (const ch of s) n += ch === '《' ? 1 : ch === '》' ? -1 : 0;
  return n;
}

/** Opening minus closing double quotes. */
function quoteBalance(s: string): number {
  let n = 0;
  for (const ch of s) n += ch === '“' ? 1 : ch === '”' ? -1 : 0;
  return n;
}

/** A € between characters of a GBK-read run (`涓€` for 一, `銆€` for the ideographic space). */
export const EURO_IN_RUN = /[\u3400-\u9fff\ue000-\uf8ff]\u20ac/;
/** Documents in which some line shows a € read from a UTF-8 sequence (set by mojibakeContext). */
export const euroContext = new WeakMap<RepairContext, boolean>();

/**
 * Chinese-like (judge.ts), with the no-break space allowed: web pages are full of `&nbsp;`, and
 * its UTF-8 bytes C2 A0 read as GBK are 聽, the best-known sign of this damage.
 */
const chineseLike = (s: string): boolean => chineseLikeText(s.replaceAll('\u00a0', ' '));

/** Proposes repairs of GBK-read UTF-8 spans. */
export function proposeUtf8Gbk(line: string, edits: Edit[], doc?: RepairContext): void {
  const cps: { cp: number; at: number; part: Part | null }[] = [];
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    cps.push({ cp, at: i, part: gbkPart(cp) });
    i += cp > 0xffff ? 2 : 1;
  }
  const offset = (k: number): number => (k < cps.length ? cps[k].at : line.length);
  const strong: Edit[] = [];
  const weak: Edit[] = [];
  const aside: Edit[] = [];
  const runs: Run[] = [];
  const euro = EURO_IN_RUN.test(line) || (doc !== undefined && euroContext.get(doc) === true);
  let k = 0;
  while (k < cps.length) {
    if (!cps[k].part) {
      k++;
      continue;
    }
    const s = k;
    while (k < cps.length && cps[k].part) k++;
    proposeRun({ line, offset, doc, strong, weak, aside, runs, euro }, cps.slice(s, k).map((c) => c.part!), s, k);
  }
  // A lone character that lost a byte (`骞` + `7` for 年7) is believed only next to stronger
  // evidence on the line, or in a document this damage runs through.
  const used = strong.length > 0 || prevalent(doc, 'utf8-as-gbk', 'utf8-as-gb18030') ? [...strong, ...weak] : strong;
  if (used.length >= ASIDE_COMPANY) used.push(...aside);
  // Without a document the guesses are only context-building (their characters are not used).
  if (doc) rethink(line, runs.filter((r) => used.includes(r.edit)), doc, euro);
  edits.push(...used);
}

interface RunCtx {
  line: string;
  offset: (k: number) => number;
  doc: RepairContext | undefined;
  strong: Edit[];
  weak: Edit[];
  /** Lone characters that save too little on their own (see tryPropose). */
  aside: Edit[];
  runs: Run[];
  euro: boolean;
}

/** A repaired run, kept so that its guesses can be made again once its neighbours are decoded. */
interface Run {
  edit: Edit;
  /** Its complete decodings from the first pass. */
  cands: Cand[];
  /** It ends where the line's run ends (so what follows it is context for its last guess). */
  atEnd: boolean;
  /** Where the line's text after the run starts (past a `?` that may stand for the lost byte). */
  nx: number;
  filled: number;
  /** Its best few guesses from the last joint round (for the pair pass). */
  alts?: Alt[];
  /** The surroundings it was last decoded in. */
  seen?: string;
}

/** Rounds of the joint pass at most (it stops earlier when no guess changes). */
const JOINT_ROUNDS = 3;

/**
 * The joint pass: each run's guesses were made with its neighbours still damaged (`第 浜? 娆?`
 * around `绗?`). Once every run has a first decoding, each run with a guess is decoded again
 * with the other runs' decodings as its context, until no guess changes. Only the guesses can
 * change here (same lost bytes, same span): what is repaired was decided before.
 */
function rethink(line: string, runs: Run[], doc: RepairContext, euro: boolean): void {
  if (runs.length < 2 || !runs.some((r) => r.filled > 0)) return;
  const sorted = [...runs].sort((a, b) => a.edit.start - b.edit.start);
  // The line as gaps between the runs: gaps[k] comes before run k, gaps[R] ends the line. A run's
  // context is read from its neighbours only, so a line of many runs costs no more per run.
  const gaps = sorted.map((r, k) => line.slice(k > 0 ? sorted[k - 1].edit.end : 0, r.edit.start));
  gaps.push(line.slice(sorted[sorted.length - 1].edit.end));
  const n = 2 * WORD_WINDOW;
  for (let round = 0; round < JOINT_ROUNDS; round++) {
    let changed = false;
    // The first clause mark from each gap on (right to left; a guessed mark changed later in this round is not seen).
    const markFrom = new Array<number>(sorted.length + 1);
    markFrom[sorted.length] = nextMark(gaps[sorted.length]);
    for (let k = sorted.length - 1; k >= 0; k--) {
      const m = nextMark(gaps[k]);
      const t = nextMark(sorted[k].edit.after);
      markFrom[k] = m >= 0 ? m : t >= 0 ? t : markFrom[k + 1];
    }
    let quotes = 0;
    let titles = 0;
    for (let k = 0; k < sorted.length; k++) {
      const r = sorted[k];
      quotes += quoteBalance(gaps[k]);
      titles += titleBalance(gaps[k]);
      const before = r.filled > 0 ? contextBefore(gaps, sorted, k, n) : '';
      const after = r.filled > 0 ? contextAfter(gaps, sorted, k, n) : '';
      const own = nextMark(gaps[k + 1].slice(ownMark(r)));
      const t = k + 1 < sorted.length ? nextMark(sorted[k + 1].edit.after) : -1;
      const mark = own >= 0 ? own : t >= 0 ? t : k + 2 <= sorted.length ? markFrom[k + 2] : -1;
      // A run whose surroundings did not change since it was last decoded would decode the same.
      const key = contextKey(before, after, quotes, titles, mark);
      if (r.filled > 0 && key !== r.seen) {
        r.seen = key;
        const prevCp = before ? before.codePointAt(before.length - 1)! : -1;
        // The run's bytes are decoded already: only its context changed, so its candidates are ranked again.
        const d = choose(r.cands, {
          doc,
          next: !r.atEnd ? -1 : after ? token(after.codePointAt(0)!) : EOL,
          before: isLow(prevCp) ? -1 : prevCp,
          openQuotes: quotes,
          openTitles: titles,
          around: { before, after },
          euro,
          nextMark: mark,
        });
        if (d && d.filled === r.filled && chineseLike(d.text)) {
          r.alts = d.alts.slice(0, PAIR_ALTS);
          if (d.text !== r.edit.after) {
            r.edit.after = d.text;
            r.edit.guessed = d.guessed;
            changed = true;
          }
        }
      }
      quotes += quoteBalance(r.edit.after);
      titles += titleBalance(r.edit.after);
    }
    // One run at a time can get stuck (`第 其 来`: 六 is no better next to 来, nor 条 next to
    // 其); neighbouring runs are also chosen as pairs, among their best few guesses.
    if (pairPass(gaps, sorted)) changed = true;
    if (!changed) break;
  }
}

/** What a run's decoding depends on besides its bytes (a run decoded in the same context decodes the same). */
const contextKey = (before: string, after: string, quotes: number, titles: number, mark: number): string =>
  `${before}\u0000${after}\u0000${quotes}\u0000${titles}\u0000${mark}`;

/** How much of the gap after a run is its own `?` (the lost byte saved again), not context. */
const ownMark = (r: Run): number => Math.max(0, r.nx - r.edit.end);

/** At least `n` code units of the repaired line before run k (fewer at the line start). */
function contextBefore(gaps: readonly string[], sorted: readonly Run[], k: number, n: number): string {
  let s = gaps[k];
  for (let j = k - 1; j >= 0 && s.length < n; j--) s = gaps[j] + sorted[j].edit.after + s;
  return s.slice(Math.max(0, s.length - n));
}

/** At least `n` code units of the repaired line after run k, past its own `?` (fewer at the line end). */
function contextAfter(gaps: readonly string[], sorted: readonly Run[], k: number, n: number): string {
  let s = gaps[k + 1].slice(ownMark(sorted[k]));
  for (let j = k + 1; j < sorted.length && s.length < n; j++) s += sorted[j].edit.after + gaps[j + 1];
  return s.slice(0, n);
}

/** Guesses per run tried by the pair pass. */
const PAIR_ALTS = 5;

/** Chooses the guesses of neighbouring runs together; true when one changed. */
function pairPass(gaps: readonly string[], sorted: Run[]): boolean {
  let changed = false;
  // Enough context for the word window (WORD_WINDOW characters, spaces it reads through included).
  const n = 4 * WORD_WINDOW;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const p = sorted[i];
    const q = sorted[i + 1];
    if (!p.alts || !q.alts || p.alts.length < 2 || q.alts.length < 2) continue;
    const mid = gaps[i + 1].slice(ownMark(p));
    // Only runs close enough for one word window to see both guesses.
    if (Array.from(mid).length > WORD_WINDOW) continue;
    const head = contextBefore(gaps, sorted, i, n);
    const tail = contextAfter(gaps, sorted, i + 1, n);
    const score = (a: Alt, b: Alt): number => {
      if (a.guessed.length === 0 || b.guessed.length === 0) return Infinity;
      const full = head + a.text + mid + b.text + tail;
      const from = head.length + a.guessed[0];
      const to = head.length + a.text.length + mid.length + b.guessed[b.guessed.length - 1];
      return a.c + b.c + WORD_WEIGHT * wordWindowCost(full, from, to);
    };
    const cur = { a: p.alts.find((x) => x.text === p.edit.after), b: q.alts.find((x) => x.text === q.edit.after) };
    let best = cur.a && cur.b ? score(cur.a, cur.b) : Infinity;
    let pick: [Alt, Alt] | null = null;
    for (const a of p.alts)
      for (const b of q.alts) {
        const sc = score(a, b);
        if (sc < best - 1e-9) {
          best = sc;
          pick = [a, b];
        }
      }
    if (!pick) continue;
    p.edit.after = pick[0].text;
    p.edit.guessed = pick[0].guessed;
    q.edit.after = pick[1].text;
    q.edit.guessed = pick[1].guessed;
    changed = true;
  }
  return changed;
}

function proposeRun(c: RunCtx, parts: Part[], s: number, e: number): void {
  // The whole run first; when it does not decode (clean text before the damage, with no
  // ASCII between), look for the damaged sub-span, starting at each UTF-8 lead byte.
  if (tryPropose(c, parts, s, e, e)) return;
  for (let a = s; a < e - 1; a++) {
    const p = parts[a - s];
    if (p === 'hole' || utf8Len(p[0][0]) < 2) continue;
    // Longest end first, but only ends where UTF-8 can be complete: stop at the first break.
    let st: State | null = { pending: [], pendingFilled: false, text: '', last: -1, cost: 0, filled: 0, guessed: [] };
    let best = -1;
    for (let b = a; b < e && st; b++) {
      const q = parts[b - s];
      if (q === 'hole') break;
      st = feed(st, q[0], undefined);
      if (st && st.pending.length === 0 && b + 1 - a >= 2) best = b + 1;
    }
    const ends = st ? [e, best] : [best];
    for (const end of ends) {
      if (end <= a + 1) continue;
      if (tryPropose(c, parts.slice(a - s, end - s), a, end, e)) {
        a = end - 1;
        break;
      }
    }
  }
}

function tryPropose(c: RunCtx, parts: Part[], a: number, b: number, e: number): boolean {
  const { line } = c;
  const hasHole = parts.includes('hole');
  const start = c.offset(a);
  let end = c.offset(b);
  const atEnd = b === e;
  // What follows the run: past a `?` that may stand for the lost byte.
  const nx = line[end] === '?' ? end + 1 : end;
  const prevCp = start > 0 ? line.codePointAt(start - 1)! : -1;
  // Quotes opened by the runs already repaired on this line (runs are read left to right).
  const open = c.strong.reduce((n, e) => n + quoteBalance(e.after), 0) + quoteBalance(line.slice(0, start));
  // The word model reads the line's text around the run (past a `?` that stood for the lost byte).
  const around = { before: line.slice(Math.max(0, start - 2 * WORD_WINDOW), start), after: line.slice(nx, nx + 2 * WORD_WINDOW) };
  const opts: DecodeOpts = {
    doc: c.doc,
    next: !atEnd ? -1 : nx >= line.length ? EOL : token(line.codePointAt(nx)!),
    before: isLow(prevCp) ? -1 : prevCp,
    openQuotes: open,
    openTitles: c.strong.reduce((n, e) => n + titleBalance(e.after), 0) + titleBalance(line.slice(0, start)),
    around,
    euro: c.euro,
    nextMark: nextMark(line.slice(nx)),
  };
  const r = decodeParts(parts, atEnd, opts);
  if (!r) return false;
  if (r.filled === 0 && parts.length < 2) return false; // one complete character is no evidence
  // A `?` right after the run may be the U+FFFD of the lost byte, saved again in GBK.
  const ate = r.filled > 0 && !hasHole && atEnd && line[end] === '?';
  if (ate) end += 1;
  // Without a U+FFFD marker, a lost byte on a short run is weak evidence.
  const weak = r.filled > 0 && !hasHole && parts.length < 3;
  // Whether to repair is judged on the character ranking's best reading, as before the word
  // model: the word model only chooses which guess fills the lost bytes.
  if (!chineseLike(r.gate)) return false;
  const damaged = line.slice(start, end);
  const before = line.slice(Math.max(0, start - 1), start);
  const after = line.slice(end, end + 1);
  const saving = costIn(before, damaged, after) - costIn(before, r.gate, after);
  // A lone character that is itself a plausible character (姊 for 條, E6 A2 + a lost 9D) saves
  // little; it is kept aside, and believed only among other repaired runs of the line.
  const aside = weak && parts.length === 1 && saving > 0 && saving < WEAK_SAVING;
  if (saving < (weak ? WEAK_SAVING : margin(damaged)) && !aside) return false;
  const lossy = r.filled > 0;
  const edit: Edit = {
    start,
    end,
    after: r.text,
    kind: lossy ? 'utf8-as-gbk' : 'utf8-as-gb18030',
    reason: lossy
      ? `UTF-8 bytes read as GBK; ${r.filled} lost byte${r.filled > 1 ? 's' : ''} rebuilt by the model`
      : 'UTF-8 bytes read as GBK/GB18030; the GBK bytes of the characters are valid UTF-8',
    saving,
    guessed: r.guessed,
  };
  (aside ? c.aside : weak ? c.weak : c.strong).push(edit);
  // The joint pass decodes the run again only where its surroundings read differently now.
  const seen = contextKey(around.before, around.after, opts.openQuotes, opts.openTitles, opts.nextMark);
  c.runs.push({ edit, cands: r.cands, atEnd, nx, filled: r.filled, alts: r.alts.slice(0, PAIR_ALTS), seen });
  return true;
}

/** Nats a lone character with a lost byte must save to be repaired on the strength of the line or document. */
const WEAK_SAVING = 2;
/** Repaired runs a line needs before its lone characters that save less are believed too (`第 二 姊` → `第 二 條`). */
const ASIDE_COMPANY = 2;
