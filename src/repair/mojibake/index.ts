import type { LineFixer, LineRepair } from '../fixer.js';
import { proposeGbkAsBig5, proposeBig5AsGbk } from './big5.js';
import { proposeDebris } from './debris.js';
import { type Edit, applyEdits } from './edits.js';
import { proposeLatin1 } from './latin1.js';
import { proposeUtf8Gbk } from './utf8gbk.js';

/**
 * One layer of wrong decoding undone on one line: every reading proposes span edits, the
 * model's savings decide between overlapping ones. `repair` runs it again while it changes
 * something (mojibake of mojibake).
 */
function fixLayer(line: string, lineNo: number): LineRepair | null {
  if (!/[^\x00-\x7f]/.test(line)) return null; // pure ASCII: nothing any reading could change
  const edits: Edit[] = [];
  proposeLatin1(line, edits);
  proposeUtf8Gbk(line, edits);
  proposeBig5AsGbk(line, edits);
  proposeGbkAsBig5(line, edits);
  const repairs = edits.filter((e) => e.kind !== 'unrecoverable');
  if (repairs.length === 0) proposeDebris(line, edits); // debris is reported once nothing else applies
  return applyEdits(line, lineNo, edits);
}

/** Fixers for wrong decodings (UTF-8/GBK/Big5/Latin-1 mix-ups), in the order they run. */
export const mojibakeFixers: readonly LineFixer[] = [{ name: 'mojibake', fix: fixLayer }];
