// Streaming normalize: bytes (or text) in, normalized text out, line by line in bounded memory.
// Browser-safe: TextDecoder with `stream: true` and the web TransformStream, no Node built-ins.
//
// Per-page stages (clean's neighbour smoothing, repair's line context) need more than one line,
// so the stream is cut into windows: at least `windowLines` lines, closed at the next blank line
// (a paragraph boundary), and never more than `maxWindowLines` lines or `maxWindowChars` characters.
import { ZhnormError, type Fix, type Report } from '../types.js';
import {
  conversionReport,
  emptyReport,
  mergeInto,
  planConversion,
  prepare,
  runStages,
  validateOptions,
  type ConversionPlan,
  type NormalizeOptions,
} from './stages.js';
import { LineReader } from './lines.js';

export interface StreamOptions extends NormalizeOptions {
  /** A window closes at the first blank line after this many lines (default 2000). */
  windowLines?: number;
  /** Hard limit on lines per window (default 4 × windowLines). */
  maxWindowLines?: number;
  /** Hard limit on characters per window (default 4 Mi); also the longest line kept whole. */
  maxWindowChars?: number;
  /** Bytes looked at to detect the encoding (default 64 KiB). */
  detectBytes?: number;
  /** Fixes listed in the final report; the rest are counted in `fixesByKind` and `fixesOmitted` (default 10 000). */
  maxFixes?: number;
  /** Called after each window with every fix it made (line numbers are those of the whole input). */
  onWindow?: (w: { firstLine: number; lines: number; fixes: Fix[] }) => void;
}

/** Push-based core shared by the web and Node streams: write() and end() return output text. */
export class NormalizeStreamer {
  private readonly opts: StreamOptions;
  private readonly report: Report = emptyReport();
  private readonly reader: LineReader;
  private readonly windowLines: number;
  private readonly maxWindowLines: number;
  private readonly maxWindowChars: number;
  private readonly maxFixes: number;
  private window: string[] = [];
  private windowChars = 0;
  private lineNo = 0;
  private plan: ConversionPlan | null | undefined = undefined;
  private ended = false;

  constructor(opts: StreamOptions = {}) {
    validateOptions(opts);
    this.opts = opts;
    this.windowLines = Math.max(1, opts.windowLines ?? 2000);
    this.maxWindowLines = Math.max(this.windowLines, opts.maxWindowLines ?? this.windowLines * 4);
    this.maxWindowChars = Math.max(1024, opts.maxWindowChars ?? 4 * 1024 * 1024);
    this.maxFixes = opts.maxFixes ?? 10_000;
    this.reader = new LineReader({ encoding: opts.encoding, detectBytes: opts.detectBytes, maxLineChars: this.maxWindowChars });
  }

  /** Feeds a chunk; returns the output ready so far (often ''). */
  write(chunk: Uint8Array | string): string {
    if (this.ended) throw new ZhnormError('USAGE', 'write after end');
    let out = '';
    for (const line of this.reader.write(chunk)) out += this.pushLine(line);
    return out;
  }

  /** Flushes everything; returns the last output. Throws EMPTY_INPUT when nothing came in. */
  end(): string {
    if (this.ended) return '';
    this.ended = true;
    let out = '';
    for (const line of this.reader.end()) out += this.pushLine(line);
    if (!this.reader.sawInput) throw new ZhnormError('EMPTY_INPUT', 'input is empty');
    out += this.flushWindow();
    if (this.plan === undefined) this.plan = planConversion(this.opts, '');
    conversionReport(this.plan, this.report);
    const enc = this.reader.encoding;
    if (enc) {
      const invalid = this.reader.invalid;
      this.report.encoding = { name: enc.name, confidence: enc.confidence, invalid };
      if (invalid > 0) this.report.notes?.push(`${invalid} invalid byte sequence(s) kept as U+FFFD`);
    }
    if (this.reader.longLines > 0) {
      this.report.notes?.push(`${this.reader.longLines} piece(s) of lines longer than ${this.maxWindowChars} characters were processed separately`);
    }
    return out;
  }

  /** The report so far (complete after end()). */
  getReport(): Report {
    return this.report;
  }

  private pushLine(line: string): string {
    this.window.push(line);
    this.windowChars += line.length;
    const n = this.window.length;
    const blank = line.trim() === '';
    if ((n >= this.windowLines && blank) || n >= this.maxWindowLines || this.windowChars >= this.maxWindowChars) return this.flushWindow();
    return '';
  }

  private flushWindow(): string {
    if (this.window.length === 0) return '';
    const text = this.window.join('');
    const first = this.lineNo;
    const count = this.window.length;
    this.window = [];
    this.windowChars = 0;
    this.lineNo += count;
    // The source script is inferred once, on the first window, and kept for the whole stream.
    const plan = this.plan !== undefined ? this.plan : (cleaned: string) => planConversion(this.opts, cleaned);
    const r = runStages(text, this.opts, plan, first);
    this.plan = r.plan;
    mergeInto(this.report, r, this.maxFixes);
    this.opts.onWindow?.({ firstLine: first, lines: count, fixes: r.fixes });
    return r.text;
  }
}

/**
 * A web TransformStream: Uint8Array (or string) chunks in, normalized text out.
 * `report` resolves with the whole run's report when the stream ends (rejects on error).
 */
export class NormalizeTransformStream extends TransformStream<Uint8Array | string, string> {
  readonly report: Promise<Report>;

  constructor(opts: StreamOptions = {}) {
    const core = new NormalizeStreamer(opts);
    let resolve!: (r: Report) => void;
    let reject!: (e: unknown) => void;
    const report = new Promise<Report>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    report.catch(() => {}); // the error also reaches the readable side
    super({
      start: () => prepare(opts),
      transform(chunk, controller) {
        try {
          const out = core.write(chunk);
          if (out) controller.enqueue(out);
        } catch (e) {
          reject(e);
          throw e;
        }
      },
      flush(controller) {
        try {
          const out = core.end();
          if (out) controller.enqueue(out);
          resolve(core.getReport());
        } catch (e) {
          reject(e);
          throw e;
        }
      },
    });
    this.report = report;
  }
}
