// A fixer proposes span edits on a line; this applies the best non-overlapping set and
// turns them into Fix records (column = offset in the line as the fixer saw it).
import type { Fix, FixKind } from '../../types.js';
import type { LineRepair } from '../fixer.js';

export interface Edit {
  start: number; // UTF-16 offsets in the line
  end: number;
  after: string;
  kind: FixKind;
  reason: string;
  /** Nats the model saves; used to choose between overlapping proposals. */
  saving: number;
  /** Offsets in `after` of characters that hold a guessed byte (not evidence for the document context). */
  guessed?: number[];
}

export function chooseEdits(edits: Edit[]): Edit[] {
  const chosen: Edit[] = [];
  for (const e of [...edits].sort((a, b) => b.saving - a.saving)) {
    if (chosen.every((c) => e.end <= c.start || e.start >= c.end)) chosen.push(e);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export function applyEdits(line: string, lineNo: number, edits: Edit[]): LineRepair | null {
  if (edits.length === 0) return null;
  const chosen = chooseEdits(edits);
  let out = '';
  let at = 0;
  const fixes: Fix[] = [];
  for (const e of chosen) {
    out += line.slice(at, e.start) + e.after;
    at = e.end;
    fixes.push({ line: lineNo, kind: e.kind, before: line.slice(e.start, e.end), after: e.after, column: e.start, reason: e.reason });
  }
  out += line.slice(at);
  return fixes.length === 0 ? null : { text: out, fixes };
}
