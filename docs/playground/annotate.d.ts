// Types of annotate.js for the TypeScript tests.
export interface Segment {
  text: string;
  /** Index into the fixes list when this segment is the `after` of a fix. */
  fix?: number;
}
export function fixesByLine(fixes: readonly { line: number }[]): Map<number, number[]>;
export function annotateLine(
  input: string,
  repaired: string,
  fixes: readonly { before: string; after: string; column?: number }[],
  indices: readonly number[],
): { segments: Segment[]; unplaced: number[] };
export function replayFixes(
  lines: readonly string[],
  fixes: readonly { line: number; before: string; after: string; column?: number }[],
): string[] | null;
