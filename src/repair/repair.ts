import type { Fix, FixKind, RepairResult } from '../types.js';
import { joinLines, splitLines } from '../text/lines.js';
import type { LineFixer } from './fixer.js';
import { annotationFixers } from './annotation/index.js';
import { mojibakeFixers } from './mojibake/index.js';

export interface RepairOptions {
  /** Kinds to leave alone (their fixes are not applied). */
  skip?: readonly FixKind[];
}

// Annotation damage is undone first: it is defined on the text as the annotator left it,
// and mojibake layers (if any) are judged on the text without the inserted readings.
const FIXERS: readonly LineFixer[] = [...annotationFixers, ...mojibakeFixers];

/** Repairs text line by line; lines without evidence of damage come back byte for byte. */
export function repair(text: string, opts: RepairOptions = {}): RepairResult {
  const skip = new Set(opts.skip ?? []);
  const lines = splitLines(text);
  const fixes: Fix[] = [];
  lines.forEach((l, i) => {
    let cur = l.text;
    for (const f of FIXERS) {
      const r = f.fix(cur, i);
      if (!r) continue;
      const applied = r.fixes.filter((x) => !skip.has(x.kind));
      if (applied.length !== r.fixes.length) continue; // a skipped kind: leave this fixer's change out whole
      cur = r.text;
      fixes.push(...applied);
    }
    l.text = cur;
  });
  return { text: joinLines(lines), fixes };
}
