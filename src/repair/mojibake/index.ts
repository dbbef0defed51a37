import type { LineFixer, LineRepair, RepairContext } from '../fixer.js';
import { charCost, pairCost } from '../../text/model.js';
import { proposeGbkAsBig5, proposeBig5AsGbk } from './big5.js';
import { proposeDebris } from './debris.js';
import { type Edit, applyEdits, chooseEdits } from './edits.js';
import { proposeLatin1 } from './latin1.js';
import { BOL, EOL, EURO_IN_RUN, euroContext, pairKey, proposeUtf8Gbk, token } from './utf8gbk.js';

/** Mean cost over 4 non-ASCII code points above which a line may hide Han-only mojibake. */
const HAN_GATE = 9.5;
const WINDOW = 4;
const LOSS_MARK = /[?\ufffd\ue000-\uf8ff\u20ac]/;

/**
 * Cheap evidence gate for the Han-only readings (UTF-8 as GBK, Big5⇄GBK), which are the costly
 * ones: their damage always leaves a stretch of text the model finds implausible. Measured on
 * the clean corpus against generated damage (scripts and numbers in docs/repair.md): no damaged
 * line has a 4-character window under 10.3, while about 3 clean lines in 4 stay under 9.5.
 */
function mayHideHanMojibake(line: string): boolean {
  if (LOSS_MARK.test(line)) return true;
  const costs: number[] = [];
  let prev = -1;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    costs.push(Math.min(prev >= 0 ? pairCost(prev, cp) : charCost(cp), 25));
    prev = cp;
  }
  if (costs.length < WINDOW) return true; // too little to judge cheaply; the readings are cheap here
  let sum = 0;
  for (let i = 0; i < costs.length; i++) {
    sum += costs[i];
    if (i >= WINDOW) sum -= costs[i - WINDOW];
    if (i >= WINDOW - 1 && sum / WINDOW > HAN_GATE) return true;
  }
  return false;
}

function propose(line: string, doc: RepairContext | undefined): Edit[] {
  const edits: Edit[] = [];
  if (!/[^\x00-\x7f]/.test(line)) return edits; // pure ASCII: nothing any reading could change
  proposeLatin1(line, edits, doc);
  if (!mayHideHanMojibake(line)) return edits;
  proposeUtf8Gbk(line, edits, doc);
  proposeBig5AsGbk(line, edits, doc);
  proposeGbkAsBig5(line, edits, doc);
  return edits;
}

/**
 * One layer of wrong decoding undone on one line: every reading proposes span edits, the
 * model's savings decide between overlapping ones. `repair` runs it again while it changes
 * something (mojibake of mojibake).
 */
function fixLayer(line: string, lineNo: number, doc?: RepairContext): LineRepair | null {
  const edits = propose(line, doc);
  if (edits.length === 0) proposeDebris(line, edits); // debris is reported once nothing else applies
  return applyEdits(line, lineNo, edits);
}

/**
 * The document context for guessing lost bytes: characters and pairs of every span this
 * fixer can repair without a guess (guessed characters are left out, so a guess never
 * votes for itself).
 */
export function mojibakeContext(lines: readonly string[]): RepairContext {
  const chars = new Map<number, number>();
  const pairs = new Set<number>();
  const kinds = new Map<string, number>();
  for (const line of lines) {
    for (const e of chooseEdits(propose(line, undefined))) {
      kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
      const skip = new Set(e.guessed ?? []);
      // The characters around the span count as context too (a digit before 年, the line end after 。).
      let prev = e.start > 0 ? token(line.codePointAt(e.start - 1)!) : BOL;
      let last = -1;
      for (let i = 0; i < e.after.length; ) {
        const cp = e.after.codePointAt(i)!;
        if (skip.has(i)) prev = last = -1;
        else {
          chars.set(cp, (chars.get(cp) ?? 0) + 1);
          const t = token(cp);
          if (prev >= 0) pairs.add(pairKey(prev, t));
          prev = last = t;
        }
        i += cp > 0xffff ? 2 : 1;
      }
      if (last >= 0) pairs.add(pairKey(last, e.end < line.length ? token(line.codePointAt(e.end)!) : EOL));
    }
  }
  const doc = { chars, pairs, kinds };
  euroContext.set(doc, lines.some((l) => EURO_IN_RUN.test(l)));
  return doc;
}

/** Fixers for wrong decodings (UTF-8/GBK/Big5/Latin-1 mix-ups), in the order they run. */
export const mojibakeFixers: readonly LineFixer[] = [{ name: 'mojibake', fix: fixLayer }];
