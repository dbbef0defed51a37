import type { Fix, FixKind, RepairResult } from '../types.js';
import { joinLines, splitLines } from '../text/lines.js';
import { textCost } from '../text/model.js';
import type { LineFixer, RepairContext } from './fixer.js';
import { annotationFixers } from './annotation/index.js';
import { mojibakeContext, mojibakeFixers } from './mojibake/index.js';

export interface RepairOptions {
  /** Kinds to leave alone (their fixes are not applied). */
  skip?: readonly FixKind[];
}

/** Layers of wrong decoding undone at most per line (UTF-8 → GBK → Latin-1 is three). */
const MAX_LAYERS = 4;

/** Runs a fixer; returns the new line, or null when it changed nothing (its reports are still kept). */
function runFixer(f: LineFixer, cur: string, i: number, skip: Set<FixKind>, fixes: Fix[], doc?: RepairContext): string | null {
  const r = f.fix(cur, i, doc);
  if (!r) return null;
  const applied = r.fixes.filter((x) => !skip.has(x.kind));
  if (applied.length !== r.fixes.length) return null; // a skipped kind: leave this fixer's change out whole
  fixes.push(...applied);
  return r.text === cur ? null : r.text;
}

/**
 * Repairs text line by line; lines without evidence of damage come back byte for byte.
 * Fixes are listed by line, in the order they were applied; a fix's `column` is its offset
 * in the line as it stood at that moment, so replaying them in order rebuilds the output.
 */
export function repair(text: string, opts: RepairOptions = {}): RepairResult {
  const skip = new Set(opts.skip ?? []);
  const lines = splitLines(text);
  const perLine: Fix[][] = lines.map(() => []);
  const original = lines.map((l) => l.text);
  // Annotation damage is undone first: it is defined on the text as the annotator left it,
  // and mojibake layers (if any) are judged on the text without the inserted readings.
  lines.forEach((l, i) => {
    for (const f of annotationFixers) l.text = runFixer(f, l.text, i, skip, perLine[i]) ?? l.text;
  });
  // Lost bytes are guessed with what the rest of the document reads as without guessing.
  const doc = mojibakeContext(lines.map((l) => l.text));
  lines.forEach((l, i) => {
    const annotated = perLine[i].length > 0;
    const viaAnnotation = unlayer(l.text, i, skip, perLine[i], doc);
    if (!annotated) {
      l.text = viaAnnotation;
      return;
    }
    // The annotation fixers read `?` and U+FFFD as their own damage; on a line that is plain
    // mojibake (GBK read as Big5, UTF-8 read as GBK) they can be wrong. When undoing only the
    // mojibake gives a far more plausible line, that reading wins.
    const alone: Fix[] = [];
    const viaMojibake = unlayer(original[i], i, skip, alone, doc);
    if (alone.length > 0 && textCost(viaMojibake) + PREFER_ANNOTATION < textCost(viaAnnotation)) {
      l.text = viaMojibake;
      perLine[i] = alone;
    } else l.text = viaAnnotation;
  });
  return { text: joinLines(lines), fixes: perLine.flat() };
}

/** Nats by which a mojibake-only reading must beat the annotation-first one to replace it. */
const PREFER_ANNOTATION = 10;

/** Undoes layers of wrong decoding on one line. */
function unlayer(text: string, i: number, skip: Set<FixKind>, fixes: Fix[], doc: RepairContext): string {
  let cur = text;
  for (const f of mojibakeFixers) {
    for (let layer = 0; layer < MAX_LAYERS; layer++) {
      const next = runFixer(f, cur, i, skip, fixes, doc);
      if (next === null) break;
      cur = next;
    }
  }
  return cur;
}
