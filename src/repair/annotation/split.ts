// Pinyin annotations and the GBK splits they caused (see docs/seed-repair.md).
//
// The damage: an annotator appended `(reading)` after characters while matching GBK bytes at
// every offset, sometimes between the two bytes of a real character; the result was decoded as
// GBK by a decoder that turned "lead byte + `(`" into `?`, so the following bytes were read one
// byte out of step until the next ASCII byte. The repair works on the bytes: re-encode the line
// to GBK, drop the annotations, put back each lost byte (pinned by its reading, or searched and
// ranked by the text model when no reading survived), and decode in step again.
import type { Fix } from '../../types.js';
import type { LineFixer, LineRepair } from '../fixer.js';
import { charCost, isHan, meanCost, pairCost, scriptOf, textCost } from '../../text/model.js';
import { segmentCost } from '../../text/words.js';
import { codeOf } from '../../encoding/tables.js';
import { decodeGbk, endsDangling, gbkChar, isLead, isTrail } from './gbk.js';
import { SYLLABLE_SRC, bytesPinnedBy, hasReadingAnyTone, isTraditionalOnly } from './readings.js';
import { diffRegions, type Region } from './diff.js';

// `?reading)` (the seeds' decoder swallowed the `(`), `�(reading)` (a WHATWG decoder keeps it),
// `(reading)`, and a bare `?` or `�`.
const TOKEN_RE = new RegExp(String.raw`\?(${SYLLABLE_SRC})\)|\uFFFD\(?(${SYLLABLE_SRC})\)|\((${SYLLABLE_SRC})\)|[?\uFFFD]`, 'g');
const HALF_TO_FULL = new Map([...'!,.:;?'].map((c) => [c, c.charCodeAt(0) + 0xfee0]));
const TAG_TAIL = /\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>/y;

/**
 * How much more plausible (nats, text model) a decoding with a searched byte must be than the
 * line as it stands before a bare `?` is rebuilt. A shifted run costs several nats per character
 * more than the text it hides; a genuine `?` before in-step text loses when its neighbours shift.
 */
export const BARE_MARGIN = 12;

/** A place in the byte stream where bytes were lost: `len` bytes at `pos` stand for one of `options`. */
type Hole = { pos: number; len: number; at: number; options: number[][]; pinned: boolean; reading?: string; fffd?: boolean };

interface SegmentRepair {
  text: string;
  notes: { at: number; note: string }[];
}

const hex = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');

function pushBytes(out: number[], s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const code = codeOf(cp, 'gbk');
    if (code === undefined) return false;
    if (code > 0xff) out.push(code >> 8, code & 0xff);
    else out.push(code);
  }
  return true;
}

function isTraditional(code: number): boolean {
  const ch = gbkChar(code);
  return ch !== undefined && isTraditionalOnly(ch.codePointAt(0)!);
}

/** Model cost of decoded bytes; with `open`, a lead byte left at the end waits for the next hole. */
function windowCost(bytes: number[], open: boolean, unclosed = false, traditional = false, cost: (t: string) => number = textCost): number {
  const text = decodeGbk(bytes, open);
  // A closing quote where one is open is worth a little: the model alone cannot tell ” from 　.
  let c = cost(text) - (unclosed && text.includes('”') ? QUOTE_BONUS : 0);
  // The model prices all CJK punctuation alike; an ideographic space is much rarer than 。 in prose.
  for (const ch of text) if (ch === '\u3000') c += 2;
  // Nor does it know that a line of prose ends with 。 rather than 、 or ，.
  if (!open && /[、，\u3000]$/.test(text)) c += 3;
  // On a traditional page a simplified-only character is itself a sign of bytes read out of step.
  if (traditional) c += SIMPLIFIED_COST * scriptOf(text).simplified;
  return c;
}

const SIMPLIFIED_COST = 2;

/** Weight of the line's own characters in the cache mixture P = (1 − λ)·P_model + λ·P_line. */
const CACHE_LAMBDA = 0.1;

interface Cache {
  counts: Map<number, number>;
  total: number;
}

function cacheOf(text: string): Cache | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isHan(cp)) continue;
    counts.set(cp, (counts.get(cp) ?? 0) + 1);
    total++;
  }
  return total ? { counts, total } : null;
}

/** What the cache mixture takes off the character model's cost of `text` (≤ 0 nats). */
function cacheGain(cache: Cache, text: string): number {
  let g = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const n = cache.counts.get(cp);
    if (n === undefined) continue;
    const c = charCost(cp);
    g += -Math.log((1 - CACHE_LAMBDA) * Math.exp(-c) + (CACHE_LAMBDA * n) / cache.total) - c;
  }
  return g;
}

/** How far (nats, character model) behind the best a reading may be and still be re-ranked by words. */
export const RERANK_SLACK = 8;

/**
 * Weight of the word model against the character model in that ranking. Words alone lose the
 * in-word bigrams that keep unknown names (吉爾曼, 搧眼) together; 1.5 restored the most generated
 * lines of 1, 1.5, 2, 3 and words alone (docs/seed-repair.md).
 */
const WORD_WEIGHT = 1.5;

const QUOTE_BONUS = 3;


/**
 * Character boundaries of `out`, in step from the start, found incrementally: holes are settled
 * left to right, so the bytes before the hole being settled no longer change.
 */
function boundaryFinder(out: number[]): (pos: number, changedFrom: number) => number {
  const marks: number[] = [0];
  return (pos, changedFrom) => {
    while (marks.length > 1 && marks[marks.length - 1] >= changedFrom) marks.pop();
    let i = marks[marks.length - 1];
    while (i < pos) {
      i += isLead(out[i]) && i + 1 < out.length && isTrail(out[i + 1]) ? 2 : 1;
      if (i <= pos) marks.push(i);
    }
    // The last boundary at least 8 bytes back, for some context.
    let k = marks.length - 1;
    while (k > 0 && marks[k] > pos - 8) k--;
    return marks[k];
  };
}

/**
 * What a bare `?` can stand for: the decoder swallowed a lead byte x with what followed it.
 * After a lead byte left open, x is that lead's trail and the swallowed byte was ASCII
 * (unknown: kept as `?`, or `<` before a tag tail). A following punctuation mark (`hole.len` 2)
 * stays as it is or stands for its full-width form's two bytes.
 */
function bareOptions(ctx: SegmentContext, hole: Hole, before: number[], kept: number[]): number[][] {
  const open = endsDangling(before);
  const atEnd = hole.at + hole.len >= ctx.seg.length; // nothing after it for the decoder to swallow
  const lost = atEnd || hole.fffd ? [] : [tagTailAt(ctx.seg, hole.at + 1) ? 0x3c : ctx.lost(ALNUM.test(ctx.seg[hole.at + hole.len]))];
  const tails = [kept.slice(1), ...hole.options];
  const options: number[][] = [];
  for (let x = 0x81; x <= 0xfe; x++) {
    if (open && gbkChar((before[before.length - 1] << 8) | x) === undefined) continue;
    for (const tail of tails) options.push(open ? [x, ...lost, ...tail] : [x, ...tail]);
  }
  return options;
}

const ALNUM = /^[0-9A-Za-z]$/;

/**
 * The ASCII byte a decoder swallowed after the lead byte that ended a shifted run cannot be read
 * back; the best guess is the line's own habit: before a Latin letter or digit, what the line puts
 * after Chinese text before Latin text; else (or with no such habit) its most frequent ASCII punctuation
 * between two Chinese characters (the seed pages write `,` there). With no habit at all, a space
 * before Latin text (the usual separator in mixed text: `文章數 3.4萬`), else `?`.
 */
function lostAscii(seg: string, beforeLatin: boolean): number {
  const cs = [...seg];
  const wide = (c: string): boolean => c.charCodeAt(0) >= 0x80;
  const habit = (fits: (a: string, b: string) => boolean): string | undefined => {
    const counts = new Map<string, number>();
    for (let i = 1; i + 1 < cs.length; i++) {
      const c = cs[i];
      if (c < ' ' || c > '>' || c === '?' || c === '(' || c === ')' || (c >= '0' && c <= '9')) continue;
      if (fits(cs[i - 1], cs[i + 1])) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let best: string | undefined;
    let n = 0;
    for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
    return best;
  };
  const mixed = beforeLatin ? habit((a, b) => wide(a) && ALNUM.test(b)) : undefined;
  const best = mixed ?? habit((a, b) => wide(a) && wide(b)) ?? (beforeLatin ? ' ' : '?');
  return best.charCodeAt(0);
}

/**
 * Whether the text after a bare hole can be a shifted run: it can when the hole follows a lead
 * byte left open, or when what the decoder made of the next bytes is not plausible Chinese
 * (a genuine `?` is followed by ordinary text: 這是什麼?我不知道).
 */
function mayHideRun(kept: number[], after: number[], open: boolean): boolean {
  if (open || kept.length > 1) return true;
  const next = [...decodeGbk(after, true)].filter((c) => c.charCodeAt(0) >= 0x80).slice(0, 6);
  if (next.length < 3) return true;
  return meanCost(next.join('')) > CLEAN_MEAN;
}

/** Mean cost per character above which a few characters do not read as running Chinese (clean seed 001: ≤ 8.9 over any 6). */
const CLEAN_MEAN = 8;

/** A `?` right before a tag tail (`?/p>`) cannot be a genuine question mark: the `<` was swallowed with a lead byte. */
function keepPenalty(seg: string, hole: Hole): number {
  return tagTailAt(seg, hole.at + 1) ? charCost(0xfffd) : 0;
}

function tagTailAt(seg: string, at: number): boolean {
  TAG_TAIL.lastIndex = at;
  return TAG_TAIL.test(seg);
}

/** What the hole search asks about the segment, computed once. */
interface SegmentContext {
  seg: string;
  /** The annotator worked on traditional text: the segment leans traditional. */
  traditional: boolean;
  /** The line's guess for a swallowed ASCII byte (before Latin text or not). */
  lost: (beforeLatin: boolean) => number;
  /** Whether a “ is open before UTF-16 offset i. */
  quoteOpen: (i: number) => boolean;
}

function segmentContext(seg: string): SegmentContext {
  const lost: (number | undefined)[] = [];
  let depth: Uint16Array | undefined;
  return {
    seg,
    traditional: scriptOf(seg).script === 'traditional',
    lost: (beforeLatin) => (lost[+beforeLatin] ??= lostAscii(seg, beforeLatin)),
    quoteOpen: (i) => {
      if (!depth) {
        depth = new Uint16Array(seg.length + 1);
        for (let k = 0; k < seg.length; k++) {
          const c = seg[k];
          depth[k + 1] = c === '“' ? depth[k] + 1 : c === '”' ? Math.max(0, depth[k] - 1) : depth[k];
        }
      }
      return depth[i] > 0;
    },
  };
}

/** Repairs one stretch of GBK-encodable text; null when nothing in it is damage. */
function repairSegment(seg: string): SegmentRepair | null {
  if (!/[?(\uFFFD]/.test(seg)) return null;
  const out: number[] = [];
  const holes: Hole[] = [];
  const notes: { at: number; note: string }[] = [];
  let changed = false;
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(seg)) !== null) {
    if (!pushBytes(out, seg.slice(last, m.index))) return null;
    last = m.index + m[0].length;
    const prev = out[out.length - 1];
    const splitReading = m[1] ?? m[2];
    if (splitReading !== undefined) {
      // `?reading)`: a lost byte x such that (previous byte, x) is a character with that reading.
      let xs = prev !== undefined && isLead(prev) ? bytesPinnedBy(prev, splitReading) : [];
      // The annotator only annotated traditional characters: 級 (BC 89), not 即 (BC B4), for jí.
      const trad = xs.filter((x) => isTraditional((prev! << 8) | x));
      if (trad.length) xs = trad;
      if (xs.length === 0) {
        if (m[0][0] === '?') pushBytes(out, m[0]);
        else {
          holes.push({ pos: out.length, len: 1, at: m.index, options: [], pinned: false, fffd: true });
          out.push(0xff);
          pushBytes(out, m[0].slice(1));
        }
        continue;
      }
      holes.push({ pos: out.length, len: 1, at: m.index, options: xs.map((x) => [x]), pinned: true, reading: splitReading });
      out.push(xs[0]);
      changed = true;
    } else if (m[3] !== undefined) {
      // `(reading)` right after the two bytes of a character with that reading: an annotation.
      const code = out.length >= 2 ? (out[out.length - 2] << 8) | prev! : -1;
      if (code >= 0 && isLead(out[out.length - 2]) && hasReadingAnyTone(code, m[3])) {
        notes.push({ at: m.index, note: `(${m[3]}) is a reading of ${gbkChar(code) ?? '?'} (GBK ${hex(code >> 8)} ${hex(code & 0xff)})` });
        changed = true;
      } else pushBytes(out, m[0]);
    } else if (m[0] === '\uFFFD') {
      // A decoder that keeps what follows a bad lead byte marks the lost byte with U+FFFD.
      holes.push({ pos: out.length, len: 1, at: m.index, options: [], pinned: false, fffd: true });
      out.push(0xff);
    } else if (!nearNonAscii(seg, m.index) && !endsDangling(out)) {
      // A `?` among ASCII text: no GBK byte was lost here. (After a lead byte a split left open,
      // as in `德?níng)?` at the end of a line, it is the run's last byte, however far the
      // reading pushed it from Chinese text.)
      out.push(0x3f);
    } else {
      // A bare `?`. When ASCII punctuation follows, it may be the half-width stand-in of a
      // full-width sign whose two bytes were matched across a character boundary (`?!` for the
      // bytes A1 | A3 A1 of `。”`): the hole then covers both.
      const p = seg[last];
      const wide = p !== undefined && HALF_TO_FULL.has(p) ? codeOf(HALF_TO_FULL.get(p)!, 'gbk') : undefined;
      holes.push({ pos: out.length, len: wide ? 2 : 1, at: m.index, options: wide ? [[wide >> 8, wide & 0xff]] : [], pinned: false });
      out.push(0x3f);
      if (wide) {
        out.push(p.charCodeAt(0));
        last++;
        TOKEN_RE.lastIndex = last;
      }
    }
  }
  if (!pushBytes(out, seg.slice(last))) return null;

  // Settle the holes left to right. Each option is judged on the text from a character boundary
  // a little before the hole up to the next hole, plus (for a bare `?` next) the best that hole
  // can then do: two spots can depend on each other (`?!?/p>` is `。”</p>`).
  // A bare `?` or U+FFFD is searched only on a line that shows the annotator's damage (a reading
  // it wrote): elsewhere it is a genuine `?`, or another decoder's loss that is not ours to guess.
  const evidence = changed;
  const ctx = segmentContext(seg);
  const boundary = boundaryFinder(out);
  // Looking one hole ahead multiplies the work by the options of the next hole: only on lines
  // with a handful of holes (real damage), not on a line of a thousand `?`.
  const lookAhead = holes.length <= 12;
  // Bare holes rebuilt by the search: where a character may also have lost its middle (below).
  const rebuilt: Hole[] = [];
  for (let h = 0; h < holes.length; h++) {
    const hole = holes[h];
    const next = holes[h + 1];
    const from = boundary(hole.pos, h > 0 ? holes[h - 1].pos : 0);
    const before = out.slice(from, hole.pos);
    // Options differ only until the decoder is back in step: at the first byte below 0x40 (never
    // a trail byte) after the hole. Past it, every option reads the same, the next hole included.
    const rest = out.slice(hole.pos + hole.len, next ? next.pos : out.length);
    const sync = rest.findIndex((b) => b < 0x40);
    const after = sync >= 0 ? rest.slice(0, sync + 1) : rest;
    const reachesNext = sync < 0 && next !== undefined;
    const kept = out.slice(hole.pos, hole.pos + hole.len);
    const nextRest = next ? out.slice(next.pos + next.len, holes[h + 2]?.pos ?? out.length) : [];
    const nextSync = nextRest.findIndex((b) => b < 0x40);
    const nextAfter = nextSync >= 0 ? nextRest.slice(0, nextSync + 1) : nextRest;
    const nextOpen = nextSync < 0 && holes[h + 2] !== undefined;
    const ahead = new Map<number, number>();
    const lookahead = (bytes: number[]): number => {
      if (!lookAhead || !reachesNext || next.pinned) return 0;
      const lead = endsDangling(bytes) ? bytes[bytes.length - 1] : -1;
      let c = ahead.get(lead);
      if (c === undefined) {
        const pre = lead >= 0 ? [lead] : [];
        const nextKept = out.slice(next.pos, next.pos + next.len);
        c = windowCost([...pre, ...nextKept, ...nextAfter], nextOpen, false, ctx.traditional) + keepPenalty(seg, next);
        for (const opt of bareOptions(ctx, next, pre, nextKept)) c = Math.min(c, windowCost([...pre, ...opt, ...nextAfter], nextOpen, false, ctx.traditional));
        ahead.set(lead, c);
      }
      return c;
    };
    const unclosed = ctx.quoteOpen(hole.at);
    const score = (opt: number[], cost?: (t: string) => number): number => {
      const bytes = [...before, ...opt, ...after];
      return windowCost(bytes, reachesNext, unclosed, ctx.traditional, cost) + lookahead(bytes);
    };
    if (!hole.pinned && !(evidence && mayHideRun(kept, after, endsDangling(before)))) continue;
    const options = hole.pinned ? hole.options : bareOptions(ctx, hole, before, kept);
    // The character model says which readings are plausible at all (and, below, whether any
    // beats the line as it stands: that decision, which protects genuine `?`, is unchanged);
    // among those, the word model joins in to pick one: it knows 範圍內 from 範圍兩 and 孤立的
    // from 孤立地 where character costs and in-word bigrams are a tie.
    const costs = options.map((opt) => score(opt));
    let bestCost = Math.min(...costs);
    let best = options[costs.indexOf(bestCost)];
    if (options.length > 1) {
      let bestWords = Infinity;
      // The line so far (settled, in step) as a cache: a character it already used is likelier
      // again (蔣國樑 楊士樑, 布拉德 … 麥克多曼德).
      const history = cacheOf(decodeGbk(out.slice(0, hole.pos)));
      options.forEach((opt, k) => {
        if (costs[k] > bestCost + RERANK_SLACK) return;
        const w = WORD_WEIGHT * score(opt, segmentCost) + costs[k] + (1 + WORD_WEIGHT) * (history ? cacheGain(history, decodeGbk([...before, ...opt, ...after], reachesNext)) : 0);
        if (w < bestWords) {
          bestWords = w;
          best = opt;
        }
      });
    }
    if (!hole.pinned) {
      const keep = score(kept) + keepPenalty(seg, hole);
      // A U+FFFD is a byte known to be lost: any in-step reading beats it. A `?` may be genuine.
      if (!(bestCost + (hole.fffd ? 0 : BARE_MARGIN) < keep)) continue;
      const what = hole.len > 1 ? `${hole.fffd ? 'U+FFFD' : '?'}${seg[hole.at + 1]}` : hole.fffd ? 'U+FFFD' : '?';
      const ascii = best.filter((b) => b < 0x80).map((b) => String.fromCharCode(b));
      const lostNote = endsDangling(before) && ascii.length && !hole.fffd ? `, then the ASCII byte the decoder swallowed, taken as '${ascii[0]}'` : '';
      notes.push({ at: hole.at, note: `bare ${what} rebuilt as bytes ${best.filter((b) => b >= 0x80).map(hex).join(' ')}${lostNote} (text model: ${(keep - bestCost).toFixed(1)} nats better than leaving it)` });
      changed = true;
    } else {
      const prev = before[before.length - 1];
      notes.push({ at: hole.at, note: `(${hole.reading}) pins the lost byte ${hex(best[0])}: ${hex(prev)} ${hex(best[0])} = ${gbkChar((prev << 8) | best[0]) ?? '?'}` });
    }
    out.splice(hole.pos, hole.len, ...best);
    const delta = best.length - hole.len;
    for (let k = h + 1; k < holes.length; k++) holes[k].pos += delta;
    if (!hole.pinned) rebuilt.push({ ...hole, len: best.length });
  }
  for (const hole of rebuilt.reverse()) {
    const end = holes.find((k) => k.pos > hole.pos)?.pos ?? out.length;
    const found = lostPair(out, hole.pos + hole.len, end, ctx);
    if (!found) continue;
    notes.push({ at: hole.at, note: found.note });
    out.splice(found.at, 2, ...found.bytes);
  }
  if (!changed) return null;
  const text = decodeGbk(out);
  if (count(text, '\ufffd') > count(seg, '\ufffd')) return null; // bytes did not come back in step
  return text === seg ? null : { text, notes };
}

/**
 * How much better (nats: words × WORD_WEIGHT + characters, as in the ranking above) a run must
 * read with a character's middle two bytes put back than as it stands. Putting back a character
 * costs its own price (~8 nats for a common one), so only a run that reads wrong gains this much.
 */
export const LOST_PAIR_MARGIN = 10;

/** Candidates kept per side when a character's lost middle is searched. */
const PAIR_BEAM = 24;

/**
 * After a bare `?`, the decoder can also have lost two bytes further on with no mark at all
 * (`失效?！比绻媸沁@樣`: 果真 = B9 FB | D5 E6 lost FB D5, so B9 E6 reads 规 and the run stays in
 * step). Each two-byte character (L, T) of the in-step stretch after the rebuilt hole is tried as
 * (L, x)(y, T); the best such reading replaces the stretch only when it reads far better.
 */
function lostPair(out: number[], from: number, to: number, ctx: SegmentContext): { at: number; bytes: number[]; note: string } | null {
  // The stretch the hole's rebuild touched, read in step from the line's start: up to the first
  // ASCII byte (the decoder was back in step by then whatever was lost), at most 8 characters.
  const starts: number[] = [];
  let i = 0;
  while (i < from) {
    starts.push(i);
    i += isLead(out[i]) && i + 1 < out.length && isTrail(out[i + 1]) ? 2 : 1;
  }
  const chars: number[] = [];
  while (i + 1 < to && chars.length < 8 && isLead(out[i]) && isTrail(out[i + 1]) && out[i + 1] >= 0x80) {
    chars.push(i);
    i += 2;
  }
  if (chars.length < 2) return null;
  const lo = starts[Math.max(0, starts.length - 4)] ?? 0;
  const hi = Math.min(out.length, i + 6);
  const window = (at: number, bytes: number[]): string => decodeGbk([...out.slice(lo, at), ...bytes, ...out.slice(at + 2, hi)]);
  const cost = (text: string): number => WORD_WEIGHT * segmentCost(text) + textCost(text) + (ctx.traditional ? SIMPLIFIED_COST * scriptOf(text).simplified : 0);
  const asIs = cost(window(chars[0], out.slice(chars[0], chars[0] + 2)));
  let best: { at: number; bytes: number[]; cost: number } | null = null;
  for (const at of chars) {
    const [l, t] = [out[at], out[at + 1]];
    const prev = at - 2 >= lo && isLead(out[at - 2]) ? gbkChar((out[at - 2] << 8) | out[at - 1])?.codePointAt(0) : undefined;
    const next = at + 3 < out.length && isLead(out[at + 2]) && isTrail(out[at + 3]) ? gbkChar((out[at + 2] << 8) | out[at + 3])?.codePointAt(0) : undefined;
    const xs: [number, number][] = [];
    const ys: [number, number][] = [];
    for (let b = 0x40; b <= 0xfe; b++) {
      const cx = gbkChar((l << 8) | b)?.codePointAt(0);
      if (cx !== undefined && isHan(cx)) xs.push([b, prev !== undefined ? pairCost(prev, cx) : charCost(cx)]);
      const cy = b >= 0x81 ? gbkChar((b << 8) | t)?.codePointAt(0) : undefined;
      if (cy !== undefined && isHan(cy)) ys.push([b, charCost(cy) + (next !== undefined ? pairCost(cy, next) - charCost(next) : 0)]);
    }
    xs.sort((a, b) => a[1] - b[1]);
    ys.sort((a, b) => a[1] - b[1]);
    for (const [x] of xs.slice(0, PAIR_BEAM))
      for (const [y] of ys.slice(0, PAIR_BEAM)) {
        const bytes = [l, x, y, t];
        const c = cost(window(at, bytes));
        if (!best || c < best.cost) best = { at, bytes, cost: c };
      }
  }
  if (!best || !(best.cost + LOST_PAIR_MARGIN < asIs)) return null;
  const was = gbkChar((out[best.at] << 8) | out[best.at + 1]) ?? '?';
  const now = decodeGbk(best.bytes);
  return {
    at: best.at,
    bytes: best.bytes,
    note: `${was} (GBK ${hex(out[best.at])} ${hex(out[best.at + 1])}) lost its middle two bytes: ${hex(best.bytes[1])} ${hex(best.bytes[2])} put back make ${now} (words and text model: ${(asIs - best.cost).toFixed(1)} nats better)`,
  };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** True when a non-ASCII character stands within 3 characters of offset `at`. */
function nearNonAscii(seg: string, at: number): boolean {
  for (let k = Math.max(0, at - 3); k <= Math.min(seg.length - 1, at + 3); k++) if (seg.charCodeAt(k) >= 0x80) return true;
  return false;
}

/** Splits a line into stretches of GBK-encodable text and the characters between them. */
function segments(line: string): { text: string; at: number; gbk: boolean }[] {
  const out: { text: string; at: number; gbk: boolean }[] = [];
  let at = 0;
  for (const ch of line) {
    const gbk = ch === '\ufffd' || codeOf(ch.codePointAt(0)!, 'gbk') !== undefined;
    const last = out[out.length - 1];
    if (last && last.gbk === gbk) last.text += ch;
    else out.push({ text: ch, at, gbk });
    at += ch.length;
  }
  return out;
}

const ANNOTATION_ONLY = new RegExp(String.raw`^\((${SYLLABLE_SRC})\)$`);

/** Drops an edge shared by both sides of a region (`(xí))` → `)` is the removal of `(xí)`). */
function trim(r: Region): Region {
  let p = 0;
  while (p < r.before.length && p < r.after.length && r.before[p] === r.after[p]) p++;
  let q = 0;
  while (q < r.before.length - p && q < r.after.length - p && r.before[r.before.length - 1 - q] === r.after[r.after.length - 1 - q]) q++;
  return { at: r.at + p, before: r.before.slice(p, r.before.length - q), after: r.after.slice(p, r.after.length - q) };
}

/**
 * The changed regions of a repaired line, as a reader would name them: a removed annotation is
 * reported as exactly `(reading)` (a deletion is slid left while that keeps the same result),
 * and the pieces of a re-read shifted run close to each other are one region.
 */
function reportRegions(line: string, text: string): Region[] {
  const regions = diffRegions(line, text, 0).map(trim);
  regions.forEach((r, k) => {
    if (r.after !== '' || ANNOTATION_ONLY.test(r.before)) return;
    const floor = k > 0 ? regions[k - 1].at + regions[k - 1].before.length : 0;
    for (let at = r.at, end = r.at + r.before.length; at > floor && line[at - 1] === line[end - 1]; ) {
      at--;
      end--;
      if (ANNOTATION_ONLY.test(line.slice(at, end))) {
        r.at = at;
        r.before = line.slice(at, end);
        break;
      }
    }
  });
  const isAnn = (r: Region): boolean => r.after === '' && ANNOTATION_ONLY.test(r.before);
  const out: Region[] = [];
  for (const r of regions) {
    const last = out[out.length - 1];
    const gap = last ? r.at - (last.at + last.before.length) : Infinity;
    if (last && gap < 2 && !isAnn(last) && !isAnn(r)) {
      const mid = line.slice(last.at + last.before.length, r.at);
      last.before += mid + r.before;
      last.after += mid + r.after;
    } else out.push({ ...r });
  }
  return out.map(trim);
}

export const annotationSplitFixer: LineFixer = {
  name: 'pinyin-annotation',
  fix(line: string, lineNo: number): LineRepair | null {
    if (!/[?(\uFFFD]/.test(line)) return null;
    let text = '';
    const notes: { at: number; note: string }[] = [];
    let changed = false;
    for (const s of segments(line)) {
      const r = s.gbk ? repairSegment(s.text) : null;
      if (r) {
        changed = true;
        text += r.text;
        for (const n of r.notes) notes.push({ at: s.at + n.at, note: n.note });
      } else text += s.text;
    }
    if (!changed) return null;
    const regions = reportRegions(line, text);
    // Each note goes to the region it lies in, or else the last one before it (a hole kept as
    // `?` can sit just past the run it ended).
    const owner = (at: number): number => {
      let k = -1;
      regions.forEach((r, i) => {
        if (r.at <= at) k = i;
      });
      return k;
    };
    const notesOf = regions.map((): string[] => []);
    for (const n of notes) {
      const k = owner(n.at);
      if (k >= 0) notesOf[k].push(n.note);
    }
    const fixes: Fix[] = regions.map((r, i) => {
      const why = notesOf[i];
      const kind = ANNOTATION_ONLY.test(r.before) && r.after === '' ? 'pinyin-annotation' : 'gbk-split';
      return {
        line: lineNo,
        kind,
        before: r.before,
        after: r.after,
        column: r.at,
        reason:
          kind === 'pinyin-annotation'
            ? `pinyin annotation: ${why.join('; ') || 'reading of the character before'}`
            : `shifted GBK run re-read in step${why.length ? ': ' + why.join('; ') : ''}`,
      };
    });
    return { text, fixes };
  },
};
