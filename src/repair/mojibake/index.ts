import type { LineFixer, LineRepair, RepairContext } from '../fixer.js';
import { proposeGbkAsBig5, proposeBig5AsGbk } from './big5.js';
import { proposeDebris } from './debris.js';
import { type Edit, applyEdits, chooseEdits } from './edits.js';
import { proposeLatin1 } from './latin1.js';
import { BOL, EOL, pairKey, proposeUtf8Gbk, token } from './utf8gbk.js';

function propose(line: string, doc: RepairContext | undefined): Edit[] {
  const edits: Edit[] = [];
  if (!/[^\x00-\x7f]/.test(line)) return edits; // pure ASCII: nothing any reading could change
  proposeLatin1(line, edits, doc);
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
  return { chars, pairs, kinds };
}

/** Fixers for wrong decodings (UTF-8/GBK/Big5/Latin-1 mix-ups), in the order they run. */
export const mojibakeFixers: readonly LineFixer[] = [{ name: 'mojibake', fix: fixLayer }];
