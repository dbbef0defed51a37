import type { CleanResult } from '../types.js';
import { joinLines, splitLines } from '../text/lines.js';

export interface CleanOptions {
  /** Categories to keep even when detected (e.g. 'editor-note'). */
  keep?: readonly string[];
}

/** Foundation: every line is kept (boilerplate rules have their own issue). */
export function clean(text: string, _opts: CleanOptions = {}): CleanResult {
  const lines = splitLines(text);
  return { text: joinLines(lines), lines: lines.map((_, line) => ({ line, keep: true, reason: null })) };
}

export function cleanBatch(texts: readonly string[], opts: CleanOptions = {}): CleanResult[] {
  return texts.map((t) => clean(t, opts));
}
