// Big5 read as GBK and GBK read as Big5. Both are two-byte codecs with overlapping byte
// ranges, so a run of Han characters re-encoded with the codec that read it and decoded
// with the other may be the original. Big5 read as GBK is lossless (every Big5 pair is a
// GBK pair). GBK read as Big5 loses pairs Big5 has no character for (U+FFFD): the lost
// character is chosen by the model among the GBK characters that Big5 cannot decode.
import { codeOf, type LegacyEncoding } from '../../encoding/tables.js';
import { strictDecode as decodeStrict } from './bytes.js';
import { isKnownHan, pairCost, scriptOf } from '../../text/model.js';
import type { RepairContext } from '../fixer.js';
import type { Edit } from './edits.js';
import { chineseLike, costIn, margin, prevalent } from './judge.js';

function bytesOf(s: string, enc: LegacyEncoding): number[] | null {
  const out: number[] = [];
  for (const ch of s) {
    const c = codeOf(ch.codePointAt(0)!, enc);
    if (c === undefined || c < 0x80) return null;
    if (c > 0xff) out.push(c >> 8, c & 0xff);
    else out.push(c);
  }
  return out;
}

/** Runs of non-ASCII characters (and U+FFFD when `holes`) that `enc` can encode. */
function runs(line: string, enc: LegacyEncoding, holes: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  const ok = (cp: number): boolean => (holes && cp === 0xfffd) || (cp >= 0x80 && codeOf(cp, enc) !== undefined);
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    if (!ok(cp)) {
      i += w;
      continue;
    }
    const start = i;
    while (i < line.length && ok(line.codePointAt(i)!)) i += line.codePointAt(i)! > 0xffff ? 2 : 1;
    out.push({ start, end: i });
  }
  return out;
}

type Kind = 'big5-as-gbk' | 'gbk-as-big5';

function edit(line: string, start: number, end: number, text: string, kind: Kind, reason: string): Edit | null {
  const damaged = line.slice(start, end);
  if (damaged === text || !chineseLike(text)) return null;
  const b = line.slice(Math.max(0, start - 1), start);
  const a = line.slice(end, end + 1);
  const saving = costIn(b, damaged, a) - costIn(b, text, a);
  return { start, end, after: text, kind, reason, saving };
}

/**
 * Text in an alphabet of its own (Русский, Ελληνικά, ①②③, ＡＢＣ) or a row of signs (a rating
 * ★★★★☆, arrows, boxes): never Big5/GBK debris on its own.
 */
const alphabetic = (s: string): boolean =>
  [...s].every((c) => {
    const cp = c.codePointAt(0)!;
    return (
      (cp >= 0x370 && cp <= 0x4ff) || (cp >= 0x2160 && cp <= 0x24ff) || (cp >= 0x3200 && cp <= 0x32ff) || (cp >= 0xff10 && cp <= 0xff5a) || (cp >= 0x2190 && cp <= 0x27bf)
    );
  });

interface Cand {
  e: Edit;
  len: number;
  before: string;
}

/**
 * A run of two or more characters must earn the margin on its own; a single character
 * between ASCII (`る` for 月 in `7る,`) only counts on a line where a longer run of the same
 * kind was accepted (or, with `docSaysSo`, in a document where this damage is common), and
 * then only when it is an improvement.
 */
function accept(cands: Cand[], edits: Edit[], docSaysSo: boolean): void {
  // Alone, a run needs three characters, not all of one alphabet: two-character words of
  // genuine text (漁樑) decode to other genuine words (寒假) too often, and runs of Cyrillic,
  // Greek or circled digits are text in their own right.
  const ok = cands.filter((c) => c.len >= (docSaysSo ? 2 : 3) && !alphabetic(c.before) && c.e.saving >= (docSaysSo ? 1 : margin(c.before)));
  const singles = cands.filter((c) => c.len < (docSaysSo ? 2 : 3) && !ok.includes(c));
  if (ok.length > 0) {
    edits.push(...ok.map((c) => c.e));
    for (const c of singles) if (c.e.saving > 0.5) edits.push(c.e);
  } else if (docSaysSo && singles.reduce((n, c) => n + c.e.saving, 0) >= 3) {
    // A line of lone characters (`材 き 兵` for 第 五 條) is judged as a whole.
    edits.push(...singles.map((c) => c.e));
  }
}

/** Big5 text read as GBK: re-encode to GBK, decode as Big5; the result must lean traditional. */
export function proposeBig5AsGbk(line: string, edits: Edit[], doc?: RepairContext): void {
  const cands: Cand[] = [];
  for (const { start, end } of runs(line, 'gbk', false)) {
    const s = line.slice(start, end);
    const bytes = bytesOf(s, 'gbk');
    if (!bytes) continue;
    const t = decodeStrict(Uint8Array.from(bytes), 'big5');
    if (t === null || t.includes('\ufffd') || scriptOf(t).script === 'simplified') continue;
    const e = edit(line, start, end, t, 'big5-as-gbk', 'Big5 bytes read as GBK; the GBK bytes of the characters are valid Big5');
    if (e) cands.push({ e, len: [...s].length, before: s });
  }
  accept(cands, edits, prevalent(doc, 'big5-as-gbk'));
}

let lostInBig5: number[] | null = null;
/** Known Han characters whose GBK pair Big5 cannot decode: what a U+FFFD may have been. */
function lostCandidates(): number[] {
  if (lostInBig5) return lostInBig5;
  const out: number[] = [];
  for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
    if (!isKnownHan(cp)) continue;
    const c = codeOf(cp, 'gbk');
    if (c === undefined || c <= 0xff) continue;
    if ((c & 0xff) < 0x80) continue; // an ASCII trail comes back out as itself: not a plain U+FFFD
    if (decodeStrict(Uint8Array.of(c >> 8, c & 0xff), 'big5') === null) out.push(cp);
  }
  lostInBig5 = out;
  return out;
}

/** GBK text read as Big5: re-encode to Big5, decode as GBK, rebuild U+FFFD from context. */
export function proposeGbkAsBig5(line: string, edits: Edit[], doc?: RepairContext): void {
  const cands: Cand[] = [];
  for (const { start, end } of runs(line, 'big5', true)) {
    const s = line.slice(start, end);
    const pieces = s.split('\ufffd');
    const decoded: string[] = [];
    let ok = true;
    for (const p of pieces) {
      const bytes = bytesOf(p, 'big5');
      const t = bytes && decodeStrict(Uint8Array.from(bytes), 'gbk');
      if (t === null || t === undefined) {
        ok = false;
        break;
      }
      decoded.push(t);
    }
    if (!ok) continue;
    const holes = pieces.length - 1;
    if (holes > 0 && pieces.join('').length === 0) continue;
    // The search over lost characters is the slow part: first check that the rest is worth it
    // (the candidate with a common character in each hole must already look like Chinese).
    if (holes > 0) {
      const rough = decoded.join('的');
      if (!chineseLike(rough)) continue;
      const damaged = s;
      const saving = costIn('', damaged, '') - costIn('', rough, '');
      if (saving < 0) continue;
    }
    let text = decoded[0];
    for (let h = 1; h < decoded.length; h++) {
      const prev = text.codePointAt(text.length - 1) ?? -1;
      const next = decoded[h].codePointAt(0) ?? -1;
      let best = -1;
      let bestCost = Infinity;
      for (const cp of lostCandidates()) {
        const c = (prev >= 0 ? pairCost(prev, cp) : 0) + (next >= 0 ? pairCost(cp, next) : 0);
        if (c < bestCost) {
          bestCost = c;
          best = cp;
        }
      }
      text += String.fromCodePoint(best) + decoded[h];
    }
    const e = edit(
      line,
      start,
      end,
      text,
      'gbk-as-big5',
      holes > 0 ? `GBK bytes read as Big5; ${holes} character${holes > 1 ? 's' : ''} Big5 could not decode chosen by the model` : 'GBK bytes read as Big5; the Big5 bytes of the characters are valid GBK',
    );
    if (e) cands.push({ e, len: [...s].length, before: s });
  }
  accept(cands, edits, prevalent(doc, 'gbk-as-big5'));
}
