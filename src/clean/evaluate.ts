// Scoring clean() against line labels (fixtures/clean/**/*.tsv). Used by the tests and the
// benchmark; not part of the public API. Blank lines are not scored: they are not paragraphs.
import type { LineDecision } from '../types.js';

export interface LabelRow {
  /** 0-based line. */
  line: number;
  label: 'keep' | 'drop' | 'blank';
  /** Boilerplate category for drops, '-' otherwise. */
  category: string;
}

/** Parses a label file: `line<TAB>keep|drop|blank<TAB>category<TAB>text`, 1-based lines, `#` comments. */
export function parseLabels(tsv: string): LabelRow[] {
  const rows: LabelRow[] = [];
  for (const raw of tsv.split('\n')) {
    if (raw === '' || raw.startsWith('#')) continue;
    const [n, label, category] = raw.split('\t');
    if (label !== 'keep' && label !== 'drop' && label !== 'blank') throw new Error(`bad label line: ${raw}`);
    rows.push({ line: Number(n) - 1, label, category });
  }
  return rows;
}

export interface Score {
  /** Boilerplate lines dropped / boilerplate lines. */
  tp: number;
  /** Content lines dropped. */
  fp: number;
  /** Boilerplate lines kept. */
  fn: number;
  /** Content lines kept. */
  tn: number;
  /** Per labelled category: lines, of which dropped. */
  byLabel: Record<string, { lines: number; dropped: number }>;
  /** Per reported reason: lines dropped with it, of which truly boilerplate. */
  byReason: Record<string, { dropped: number; correct: number }>;
  /** Misses and false drops, for reports: 0-based line, label, reason. */
  errors: { line: number; label: string; category: string; reason: string | null | undefined }[];
}

export function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, tn: 0, byLabel: {}, byReason: {}, errors: [] };
}

/** Adds one page's decisions (keep = the prediction) to `s`. */
export function addPage(s: Score, labels: readonly LabelRow[], decide: (line: number) => { keep: boolean; reason?: string | null }): Score {
  for (const row of labels) {
    if (row.label === 'blank') continue;
    const d = decide(row.line);
    const isDrop = row.label === 'drop';
    if (isDrop) {
      const b = (s.byLabel[row.category] ??= { lines: 0, dropped: 0 });
      b.lines++;
      if (!d.keep) b.dropped++;
    }
    if (!d.keep) {
      const r = (s.byReason[d.reason ?? '?'] ??= { dropped: 0, correct: 0 });
      r.dropped++;
      if (isDrop) r.correct++;
    }
    if (isDrop && !d.keep) s.tp++;
    else if (!isDrop && !d.keep) s.fp++;
    else if (isDrop && d.keep) s.fn++;
    else s.tn++;
    if (isDrop === d.keep) s.errors.push({ line: row.line, label: row.label, category: row.category, reason: d.reason });
  }
  return s;
}

export const fromDecisions = (lines: readonly LineDecision[]) => (i: number) => lines[i];

export function precision(s: Score): number {
  return s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
}
export function recall(s: Score): number {
  return s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
}
/** Share of content lines kept. */
export function keptRate(s: Score): number {
  return s.tn + s.fp === 0 ? 1 : s.tn / (s.tn + s.fp);
}
