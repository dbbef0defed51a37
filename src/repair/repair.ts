import type { Fix, RepairResult } from '../types.js';

export interface RepairOptions {
  /** Kinds to leave alone. */
  skip?: readonly Fix['kind'][];
}

/** Foundation: repair makes no change yet (the fixers have their own issues); it never fakes a fix. */
export function repair(text: string, _opts: RepairOptions = {}): RepairResult {
  return { text, fixes: [] };
}
