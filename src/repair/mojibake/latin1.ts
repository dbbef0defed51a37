// Bytes read as windows-1252 / Latin-1: UTF-8 (符号码 `ä¸­æ–‡`, once or twice) and GBK
// (拼音码 `ÖÐÎÄ`). A run of characters that all have a Latin byte is turned back into
// its bytes; inside it, "islands" that are valid UTF-8 multi-byte sequences or valid GBK
// pairs are decoded and kept only when the model finds the result far more plausible.

import { isHan } from '../../text/model.js';
import { RERANK_SLACK, WORD_WEIGHT, rankCost, wordWindowCost } from './utf8gbk.js';
import { decodeUtf8, latinByte, readUtf8, strictDecode as decodeStrict, utf8Len } from './bytes.js';
import type { RepairContext } from '../fixer.js';
import type { Edit } from './edits.js';
import { chineseLike, costIn, margin, plausibleChar, prevalent } from './judge.js';

/** After UTF-8 repair, also accept ordinary non-Chinese characters (café, ’, ✔): UTF-8 validity is the evidence. */
function plausibleUtf8(s: string): boolean {
  // Mostly Han: this may be a GBK-read layer under the Latin one, whose debris (user-defined
  // area code points, U+FFFD) the next layer's repair reads; it is still what the bytes say.
  const han = [...s].filter((c) => isHan(c.codePointAt(0)!)).length;
  const layer = han >= [...s].length / 2;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (plausibleChar(cp)) continue;
    if (layer && ((cp >= 0xe000 && cp <= 0xf8ff) || cp === 0x20ac)) continue;
    if (cp === 0xfffd) continue; // a decoder's U+FFFD, written out as UTF-8 before this layer: kept as it was
    if (cp < 0xa0 || (cp >= 0xd800 && cp <= 0xf8ff) || cp === 0xfeff || (cp & 0xfffe) === 0xfffe) return false;
    if (isHan(cp)) return false; // a Han character outside the model's vocabulary: not evidence enough
  }
  return true;
}

/**
 * A decoder that knows no character for windows-1252's five undefined bytes (Python with
 * errors='replace', iconv-lite) writes U+FFFD for them: such a U+FFFD stands for one of
 * 0x81 0x8D 0x8F 0x90 0x9D, all UTF-8 continuation bytes, so the UTF-8 reading can still choose.
 */
const WILD = -1;
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const inRun = (cu: number): boolean => cu === 0xfffd || latinByte(cu) !== undefined;

/** The code points one UTF-8 sequence at `i` can be, WILD bytes being any undefined 1252 byte. */
function readWild(bytes: number[], i: number): { cps: number[]; len: number } | null {
  if (bytes[i] === WILD) return null;
  const n = utf8Len(bytes[i]);
  if (n < 2 || i + n > bytes.length) return null;
  const seq = bytes.slice(i, i + n);
  const cps: number[] = [];
  const fill = (k: number): void => {
    if (k === n) {
      const r = readUtf8(seq, 0);
      if (r) cps.push(r.cp);
      return;
    }
    if (bytes[i + k] !== WILD) return fill(k + 1);
    for (const b of UNDEFINED_1252) {
      seq[k] = b;
      fill(k + 1);
    }
    seq[k] = WILD;
  };
  fill(1);
  return cps.length ? { cps, len: n } : null;
}

/** Paths kept per character by bestPaths. */
const PATHS = 12;

/**
 * The most plausible strings through a list of choices per character (a beam over the bigram
 * model, best first, with their costs). Only called when some character has several choices.
 */
function bestPaths(slots: number[][], before: number, after: number, doc: RepairContext | undefined): { text: string; cost: number }[] {
  let paths = [{ cost: 0, text: '', last: before }];
  for (const slot of slots) {
    const next: typeof paths = [];
    for (const p of paths) for (const cp of slot) next.push({ cost: p.cost + rankCost(p.last, cp, doc), text: p.text + String.fromCodePoint(cp), last: cp });
    next.sort((a, b) => a.cost - b.cost);
    paths = next.slice(0, PATHS);
  }
  return paths.map((p) => ({ text: p.text, cost: p.cost + (after >= 0 ? rankCost(p.last, after, doc) : 0) })).sort((a, b) => a.cost - b.cost);
}

/**
 * Among the paths close to the best, the one the word model likes best around the characters
 * that were chosen (as for UTF-8 read as GBK: 美利坚, not 美利做). `context` is the line with
 * the run cut out at `at`.
 */
function wordChoice(paths: { text: string; cost: number }[], slots: number[][], line: string, start: number, end: number): string {
  const best = paths[0];
  // Offsets in the path's text of the first and last characters that had a choice.
  const offsets: number[] = [];
  let off = 0;
  for (const slot of slots) {
    if (slot.length > 1) offsets.push(off);
    off += slot[0] > 0xffff ? 2 : 1;
  }
  if (offsets.length === 0) return best.text;
  const head = line.slice(Math.max(0, start - 8), start);
  const tail = line.slice(end, end + 8);
  let pick = best;
  let pickScore = Infinity;
  for (const p of paths) {
    if (p.cost > best.cost + RERANK_SLACK) break;
    if (!chineseLike(p.text)) continue;
    const score = p.cost + WORD_WEIGHT * wordWindowCost(head + p.text + tail, head.length + offsets[0], head.length + offsets[offsets.length - 1]);
    if (score < pickScore) {
      pickScore = score;
      pick = p;
    }
  }
  return pick.text;
}

/** The most plausible string through a list of choices per character (Viterbi over the bigram model). */
function bestPath(slots: number[][], before: number, after: number, doc: RepairContext | undefined): string {
  if (slots.every((s) => s.length === 1)) return String.fromCodePoint(...slots.map((s) => s[0]));
  let paths = slots[0].map((cp) => ({ cost: rankCost(before, cp, doc), text: String.fromCodePoint(cp), last: cp }));
  for (let k = 1; k < slots.length; k++) {
    paths = slots[k].map((cp) => {
      let best = paths[0];
      let bestCost = Infinity;
      for (const p of paths) {
        const c = p.cost + rankCost(p.last, cp, doc);
        if (c < bestCost) {
          bestCost = c;
          best = p;
        }
      }
      return { cost: bestCost, text: best.text + String.fromCodePoint(cp), last: cp };
    });
  }
  const end = (p: (typeof paths)[number]): number => p.cost + (after >= 0 ? rankCost(p.last, after, doc) : 0);
  return paths.reduce((a, b) => (end(b) < end(a) ? b : a)).text;
}

function latinBytes(s: string): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const b = latinByte(s.charCodeAt(i));
    if (b === undefined) return null;
    out.push(b);
  }
  return out;
}

/** Undo UTF-8-read-as-Latin layers while the text is still valid UTF-8 in Latin clothing. */
function peelUtf8(s: string): { text: string; layers: number } | null {
  let cur = s;
  let layers = 0;
  for (; layers < 3; layers++) {
    const bytes = latinBytes(cur);
    if (!bytes || bytes.every((b) => b < 0x80)) break;
    const d = decodeUtf8(bytes);
    if (d === null) break;
    cur = d;
  }
  return layers === 0 ? null : { text: cur, layers };
}

const ctx = (line: string, start: number, end: number): [string, string] => [line.slice(Math.max(0, start - 1), start), line.slice(end, end + 1)];

/** Proposes repairs of Latin-read spans of a line. */
export function proposeLatin1(line: string, edits: Edit[], doc?: RepairContext): void {
  const docSaysSo = prevalent(doc, 'gbk-as-latin1');
  let i = 0;
  while (i < line.length) {
    // A maximal run of characters that have a Latin byte (or are U+FFFD) and are not all ASCII.
    if (!inRun(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && inRun(line.charCodeAt(i))) i++;
    const run = line.slice(start, i);
    if (/^[\x00-\x7f]*$/.test(run)) continue;
    const bytes = Array.from(run, (c) => latinByte(c.charCodeAt(0)) ?? WILD);
    const utf8: Edit[] = [];
    proposeUtf8(line, start, bytes, utf8, doc);
    proposeGbk(line, start, bytes, edits, docSaysSo, utf8);
    edits.push(...utf8);
  }
}

function proposeUtf8(line: string, base: number, bytes: number[], edits: Edit[], doc: RepairContext | undefined): void {
  let j = 0;
  while (j < bytes.length) {
    const s = j;
    const slots: number[][] = [];
    let wild = false;
    while (j < bytes.length && bytes[j] >= 0x80) {
      const r = readWild(bytes, j);
      if (!r) break;
      if (r.cps.length > 1) wild = true;
      slots.push(r.cps);
      j += r.len;
    }
    if (j === s) {
      j++;
      continue;
    }
    const first = bestPath(slots, base + s > 0 ? line.codePointAt(base + s - 1)! : -1, base + j < line.length ? line.codePointAt(base + j)! : -1, doc);
    const start = base + s;
    const end = base + j;
    const damaged = line.slice(start, end);
    const more = peelUtf8(first);
    const p = more ? { text: more.text, layers: more.layers + 1 } : { text: first, layers: 1 };
    if (!plausibleUtf8(p.text)) continue;
    const [b, a] = ctx(line, start, end);
    const saving = costIn(b, damaged, a) - costIn(b, p.text, a);
    if (saving < margin(damaged)) continue;
    // Whether to repair is judged on the character model's best reading; where bytes were
    // chosen, the word model picks among the close readings which one to write.
    let after = p.text;
    if (wild && !more && doc) {
      const bc = base + s > 0 ? line.codePointAt(base + s - 1)! : -1;
      const ac = base + j < line.length ? line.codePointAt(base + j)! : -1;
      const w = wordChoice(bestPaths(slots, bc, ac, doc), slots, line, start, end);
      if (plausibleUtf8(w)) after = w;
    }
    edits.push({
      start,
      end,
      after,
      kind: p.layers >= 2 ? 'utf8-as-latin1-twice' : 'utf8-as-latin1',
      reason: `${p.layers === 1 ? 'read as windows-1252/Latin-1' : `read as windows-1252/Latin-1 ${p.layers} times`}, the characters are valid UTF-8 bytes${wild ? ' (U+FFFD for bytes windows-1252 leaves undefined, chosen by the model)' : ''}`,
      saving,
    });
  }
}

function proposeGbk(line: string, base: number, bytes: number[], edits: Edit[], docSaysSo: boolean, utf8: readonly Edit[]): void {
  // Islands of consecutive GBK pairs; genuine European words rarely hold two pairs of
  // accented letters in a row, so an island needs two all-non-ASCII pairs (or a line that
  // already has a repaired island) before it counts.
  const islands: { s: number; e: number; text: string; full: number; stray: boolean }[] = [];
  let j = 0;
  while (j < bytes.length) {
    const s = j;
    let text = '';
    let full = 0;
    while (j + 1 < bytes.length && bytes[j] >= 0x81 && bytes[j] <= 0xfe) {
      const c = decodeStrict(Uint8Array.of(bytes[j], bytes[j + 1]), 'gbk');
      if (c === null || c.length !== 1) break;
      if (bytes[j + 1] >= 0x80) full++;
      text += c;
      j += 2;
    }
    if (j === s) j++;
    else islands.push({ s, e: j, text, full, stray: false });
  }
  // An island touching a non-ASCII byte that pairs with nothing (ÀÉÎÕ|Ü) is part of a
  // Latin word, not of GBK text: real GBK text has no such leftovers.
  const covered = new Set<number>();
  for (const isl of islands) for (let k = isl.s; k < isl.e; k++) covered.add(k);
  const stray = (k: number): boolean => k >= 0 && k < bytes.length && bytes[k] >= 0x80 && !covered.has(k);
  for (const isl of islands) isl.stray = stray(isl.s - 1) || stray(isl.e);
  const accepted: Edit[] = [];
  const tryIsland = (isl: (typeof islands)[number], needFull: number): void => {
    if (isl.stray || isl.full < needFull || !chineseLike(isl.text)) return;
    const start = base + isl.s;
    const end = base + isl.e;
    const damaged = line.slice(start, end);
    // One sign repeated (021-6433 ×××× masks a number, ···· is a rule) is not text read wrongly.
    if (/^(.)\1+$/u.test(damaged)) return;
    const [b, a] = ctx(line, start, end);
    const saving = costIn(b, damaged, a) - costIn(b, isl.text, a);
    // In a document of this damage, a lone pair only has to be no worse (條 = 97 6C reads —l, which the model likes).
    if (saving < (needFull >= 2 ? margin(damaged) : docSaysSo ? -2 : 1)) return;
    // UTF-8 read as Latin-1 often pairs up as GBK too; the UTF-8 reading wins where it is better.
    if (utf8.some((u) => u.start < end && start < u.end && u.saving >= saving)) return;
    accepted.push({ start, end, after: isl.text, kind: 'gbk-as-latin1', reason: 'read as windows-1252/Latin-1, the characters are valid GBK byte pairs', saving });
  };
  for (const isl of islands) tryIsland(isl, 2);
  // With that evidence on the line (or in the document), shorter islands count too.
  if (accepted.length > 0 || docSaysSo) for (const isl of islands) if (!accepted.some((e) => e.start === base + isl.s)) tryIsland(isl, 0);
  edits.push(...accepted);
}
