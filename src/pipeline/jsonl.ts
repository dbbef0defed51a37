// JSONL records: normalize one field of each record, keep everything else, add a compact report.
// Pure string work (browser-safe), so worker threads and the main thread run the same code.
import { ZhnormError, type Report } from '../types.js';
import { normalize } from './normalize.js';
import { validateOptions, type NormalizeOptions } from './stages.js';

export interface JsonlOptions extends Omit<NormalizeOptions, 'encoding'> {
  /** The field holding the text (default `text`). */
  field?: string;
  /** Where the compact report goes in each output record (default `zhnorm`). */
  reportField?: string;
  /** The stream's encoding, copied into each record's report. */
  streamEncoding?: string;
}

/** What each output record carries under `reportField`. */
export interface CompactReport {
  fixes?: Record<string, number>;
  dropped?: Record<string, number>;
  lines?: { input: number; kept: number; dropped: number };
  conversion?: string | null;
  encoding?: string;
  /** Set instead of the rest when the record could not be processed. */
  error?: { code: string; message: string };
  /** 1-based line of the input, given with errors. */
  line?: number;
}

/** Totals over many records, for the run summary. */
export interface JsonlTotals {
  records: number;
  failed: number;
  fixes: Record<string, number>;
  dropped: Record<string, number>;
  linesDropped: number;
}

export function emptyTotals(): JsonlTotals {
  return { records: 0, failed: 0, fixes: {}, dropped: {}, linesDropped: 0 };
}

export function addTotals(into: JsonlTotals, t: JsonlTotals): void {
  into.records += t.records;
  into.failed += t.failed;
  into.linesDropped += t.linesDropped;
  for (const [k, n] of Object.entries(t.fixes)) into.fixes[k] = (into.fixes[k] ?? 0) + n;
  for (const [k, n] of Object.entries(t.dropped)) into.dropped[k] = (into.dropped[k] ?? 0) + n;
}

function compact(r: Report, enc: string | undefined): CompactReport {
  const c: CompactReport = {
    fixes: r.fixesByKind,
    dropped: r.droppedByReason,
    lines: r.lines,
    conversion: r.conversion ? (r.conversion.steps ?? [r.conversion.config]).join('+') : null,
  };
  if (enc) c.encoding = enc;
  return c;
}

function errorOf(e: unknown): { code: string; message: string } {
  if (e instanceof ZhnormError) return { code: e.code, message: e.message.split('\n')[0] };
  if (e instanceof SyntaxError) return { code: 'BAD_INPUT', message: `not JSON: ${e.message.split('\n')[0]}` };
  return { code: 'INTERNAL', message: String((e as Error)?.message ?? e).split('\n')[0] };
}

/**
 * Normalizes one JSONL line. Returns the output line (no terminator), or null for a blank line
 * (not a record). Never throws for bad records: the error goes in the record's report.
 */
export function normalizeJsonlLine(raw: string, lineNo: number, opts: JsonlOptions, totals?: JsonlTotals): string | null {
  const line = raw.replace(/\r?\n$|\r$/, '');
  if (line.trim() === '') return null;
  const field = opts.field ?? 'text';
  const rf = opts.reportField ?? 'zhnorm';
  if (totals) totals.records++;
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    if (totals) totals.failed++;
    return JSON.stringify({ [rf]: { error: errorOf(e), line: lineNo } satisfies CompactReport, raw: line });
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    if (totals) totals.failed++;
    const error = { code: 'BAD_INPUT', message: 'record is not a JSON object' };
    return JSON.stringify({ [rf]: { error, line: lineNo } satisfies CompactReport, raw: line });
  }
  const obj = rec as Record<string, unknown>;
  const value = obj[field];
  try {
    if (typeof value !== 'string') {
      throw new ZhnormError('BAD_INPUT', value === undefined ? `record has no "${field}" field` : `field "${field}" is not a string`);
    }
    const r = normalize(value, opts);
    obj[field] = r.text;
    obj[rf] = compact(r.report, opts.streamEncoding);
    if (totals) {
      for (const [k, n] of Object.entries(r.report.fixesByKind)) totals.fixes[k] = (totals.fixes[k] ?? 0) + n;
      for (const [k, n] of Object.entries(r.report.droppedByReason)) totals.dropped[k] = (totals.dropped[k] ?? 0) + n;
      totals.linesDropped += r.report.lines.dropped;
    }
  } catch (e) {
    if (totals) totals.failed++;
    obj[rf] = { error: errorOf(e), line: lineNo } satisfies CompactReport;
  }
  return JSON.stringify(obj);
}

/** A batch of raw lines (with terminators) starting at 1-based line `firstLine`: output text and totals. */
export function normalizeJsonlBatch(lines: readonly string[], firstLine: number, opts: JsonlOptions): { out: string; totals: JsonlTotals } {
  validateOptions(opts);
  const totals = emptyTotals();
  let out = '';
  lines.forEach((l, i) => {
    const o = normalizeJsonlLine(l, firstLine + i, opts, totals);
    if (o !== null) out += o + '\n';
  });
  return { out, totals };
}
