// Node-only extras (files, streams, worker pools). Never imported by the browser entry.
import { Transform, type TransformCallback, type Writable } from 'node:stream';
import { createReadStream, createWriteStream, unlinkSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { Report } from './types.js';
import { NormalizeStreamer, type StreamOptions } from './pipeline/stream.js';
import { LineReader } from './pipeline/lines.js';
import { addTotals, emptyTotals, normalizeJsonlBatch, type JsonlOptions, type JsonlTotals } from './pipeline/jsonl.js';
import { prepare, validateOptions } from './pipeline/stages.js';

export * from './index.js';
export { readInput } from './cli/io.js';
export { NormalizeStreamer, NormalizeTransformStream, type StreamOptions } from './pipeline/stream.js';
export { normalizeJsonlLine, normalizeJsonlBatch, type JsonlOptions, type JsonlTotals, type CompactReport } from './pipeline/jsonl.js';
export { inferScript } from './pipeline/script.js';

/**
 * A Node Transform: bytes (or strings) in, normalized UTF-8 text out, line by line in bounded
 * memory. Emits 'report' with the whole run's Report just before 'end'.
 */
export class NormalizeTransform extends Transform {
  private readonly core: NormalizeStreamer;
  private readonly ready: Promise<void>;
  private isReady = false;
  report: Report | null = null;

  constructor(opts: StreamOptions = {}) {
    super({ decodeStrings: true });
    this.core = new NormalizeStreamer(opts);
    this.ready = prepare(opts).then(() => {
      this.isReady = true;
    });
    this.ready.catch(() => {}); // reported through the first callback
  }

  override _transform(chunk: Buffer, enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.isReady) {
      this.ready.then(() => this._transform(chunk, enc, cb), (e: Error) => cb(e));
      return;
    }
    try {
      const out = this.core.write(chunk);
      if (out) this.push(out, 'utf8');
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    if (!this.isReady) {
      this.ready.then(() => this._flush(cb), (e: Error) => cb(e));
      return;
    }
    try {
      const out = this.core.end();
      if (out) this.push(out, 'utf8');
      this.report = this.core.getReport();
      this.emit('report', this.report);
      cb();
    } catch (e) {
      cb(e as Error);
    }
  }
}

/** Streams one file into another (or into `out`); the output file is removed if the run fails. */
export async function normalizeFile(input: string, output: string | Writable, opts: StreamOptions = {}): Promise<Report> {
  const t = new NormalizeTransform(opts);
  const dest = typeof output === 'string' ? createWriteStream(output) : output;
  try {
    await pipeline(createReadStream(input), t, dest, { end: typeof output === 'string' });
  } catch (e) {
    if (typeof output === 'string') {
      try {
        unlinkSync(output);
      } catch {
        /* nothing was written */
      }
    }
    throw e;
  }
  return t.report!;
}

// ---- worker pool (tinypool) -------------------------------------------------------------

/** Task run in a worker: one batch of JSONL lines. */
export async function jsonlTask(a: { lines: string[]; firstLine: number; opts: JsonlOptions }): Promise<{ out: string; totals: JsonlTotals }> {
  await prepare(a.opts);
  return normalizeJsonlBatch(a.lines, a.firstLine, a.opts);
}

/** Task run in a worker: one file to another. Errors come back as data (one line, a code). */
export async function fileTask(a: { input: string; output: string; opts: StreamOptions }): Promise<{ report?: Report; error?: { code: string; message: string } }> {
  try {
    return { report: await normalizeFile(a.input, a.output, a.opts) };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { error: { code: typeof err.code === 'string' ? err.code : 'BAD_INPUT', message: String(err.message ?? e).split('\n')[0] } };
  }
}

export interface PoolOptions {
  /** Worker threads; 1 runs everything on the calling thread (default: the number of cores). */
  jobs?: number;
  /** The module the workers load; it must export `jsonlTask` and `fileTask` (default: this module). */
  workerFile?: string;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** A pool of workers running this module's tasks, or null when one job is asked for. */
export function createPool(opts: PoolOptions = {}): Tinypool | null {
  const jobs = Math.max(1, Math.floor(opts.jobs ?? defaultJobs()));
  if (jobs <= 1) return null;
  const here = typeof import.meta.url === 'string' ? import.meta.url : undefined;
  const filename = opts.workerFile ?? (here ? fileURLToPath(here) : undefined);
  if (!filename) return null; // CJS build without import.meta: run on the calling thread
  return new Tinypool({ filename, minThreads: jobs, maxThreads: jobs, idleTimeout: 1000 });
}

export interface JsonlRunOptions extends JsonlOptions, PoolOptions {
  /** Encoding of the input bytes; detected from a prefix when omitted. */
  encoding?: string;
  /** Lines per task (default 64: small enough to keep every worker busy, big enough to amortise messages). */
  batchLines?: number;
  /** A pool to reuse (else one is made and closed for this run). */
  pool?: Tinypool | null;
  /** Called after each batch is written. */
  onProgress?: (p: { records: number; bytes: number }) => void;
}

export interface JsonlSummary extends JsonlTotals {
  encoding: string | null;
  invalid: number;
}

/**
 * JSONL in, JSONL out, in input order. Batches go to a worker pool when jobs > 1; at most
 * 2 × jobs batches are in flight and the writer's back-pressure is respected, so memory stays
 * bounded whatever the input size.
 */
export async function normalizeJsonlStream(
  input: AsyncIterable<Uint8Array | string>,
  out: Writable,
  opts: JsonlRunOptions = {},
): Promise<JsonlSummary> {
  validateOptions(opts);
  const ownPool = opts.pool === undefined;
  const pool = ownPool ? createPool(opts) : opts.pool ?? null;
  // Dictionaries are needed where the records are normalized: here only without a pool.
  if (!pool) await prepare(opts);
  const jobs = pool ? pool.options.maxThreads ?? 2 : 1;
  const maxInFlight = Math.max(2, jobs * 2);
  const batchLines = Math.max(1, opts.batchLines ?? 64);
  const reader = new LineReader({ encoding: opts.encoding });
  const totals = emptyTotals();
  const queue: Promise<{ out: string; totals: JsonlTotals }>[] = [];
  let batch: string[] = [];
  let nextLine = 1;
  let bytes = 0;
  const taskOpts = (): JsonlOptions => ({
    field: opts.field,
    reportField: opts.reportField,
    to: opts.to,
    from: opts.from,
    repair: opts.repair,
    clean: opts.clean,
    streamEncoding: reader.encoding?.name,
  });
  const write = async (s: string): Promise<void> => {
    if (s && !out.write(s)) await once(out, 'drain');
  };
  const drainOne = async (): Promise<void> => {
    const r = await queue.shift()!;
    addTotals(totals, r.totals);
    await write(r.out);
    opts.onProgress?.({ records: totals.records, bytes });
  };
  const submit = async (): Promise<void> => {
    if (batch.length === 0) return;
    const a = { lines: batch, firstLine: nextLine, opts: taskOpts() };
    nextLine += batch.length;
    batch = [];
    queue.push(pool ? (pool.run(a, { name: 'jsonlTask' }) as Promise<{ out: string; totals: JsonlTotals }>) : jsonlTask(a));
    while (queue.length >= maxInFlight || (!pool && queue.length > 0)) await drainOne();
  };
  try {
    for await (const chunk of input) {
      bytes += typeof chunk === 'string' ? chunk.length : chunk.length;
      for (const line of reader.write(chunk)) {
        batch.push(line);
        if (batch.length >= batchLines) await submit();
      }
    }
    for (const line of reader.end()) batch.push(line);
    await submit();
    while (queue.length) await drainOne();
  } finally {
    // Settle what is still running before the pool goes away, so no rejection is left unhandled.
    await Promise.allSettled(queue);
    if (ownPool && pool) await pool.destroy();
  }
  return { ...totals, encoding: reader.encoding?.name ?? null, invalid: reader.invalid };
}
