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
  fix(line: string, lineNo: number): LineRepair | null;
}
