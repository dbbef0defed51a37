import type { Fix } from '../types.js';

/** What a fixer returns for one line: the repaired line and every change it made (line numbers filled in). */
export interface LineRepair {
  text: string;
  fixes: Fix[];
}

/**
 * One damage kind's repair. Pure: (line, lineNo) → repair or null when the line shows no
 * evidence of that damage. A fixer must never change a line it cannot justify, and must
 * never add or remove line breaks.
 */
export interface LineFixer {
  readonly name: string;
  /** `doc` is optional knowledge of the whole input (see RepairContext); fixers must work without it. */
  fix(line: string, lineNo: number, doc?: RepairContext): LineRepair | null;
}

/**
 * What the rest of the document says, for fixers that must guess (a byte the decoder lost):
 * characters and adjacent pairs seen in text the repair could read without guessing.
 * Built once per `repair` call; read-only for fixers.
 */
export interface RepairContext {
  chars: ReadonlyMap<number, number>;
  pairs: ReadonlySet<number>;
  /** How many spans of each kind were repaired without a guess: which damage the document has. */
  kinds?: ReadonlyMap<string, number>;
}
