import type { Command } from 'commander';
import { mkdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { assertVariant } from '../../convert/configs.js';
import { ZhnormError, type Report, type Variant } from '../../types.js';
import { CliError, Progress, openInput } from '../io.js';
import { NormalizeTransform, createPool, defaultJobs, fileTask, normalizeJsonlStream, type JsonlSummary } from '../../node.js';
import type { StreamOptions } from '../../pipeline/stream.js';

interface Opts {
  to?: string;
  from?: string;
  encoding?: string;
  json?: boolean;
  outDir?: string;
  jsonl?: boolean;
  field: string;
  jobs?: string;
  repair: boolean;
  clean: boolean;
}

function counts(rec: Record<string, number>): string {
  return Object.entries(rec).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

/** The one-line human report for a text run. */
export function describeReport(rep: Report): string {
  const enc = rep.encoding ? `encoding ${rep.encoding.name}${rep.encoding.invalid ? ` (${rep.encoding.invalid} invalid byte sequences kept as U+FFFD)` : ''}` : 'encoding n/a';
  const conv = rep.conversion ? (rep.conversion.steps ?? [rep.conversion.config]).join('+') : 'none';
  const fixes = Object.values(rep.fixesByKind).reduce((a, b) => a + b, 0);
  const notes = rep.notes?.length ? `; ${rep.notes.join('; ')}` : '';
  return `${enc}; ${fixes} fixes (${counts(rep.fixesByKind)}); ${rep.lines.dropped} of ${rep.lines.input} lines dropped (${counts(rep.droppedByReason)}); conversion ${conv}${notes}`;
}

function jobsOf(o: Opts): number {
  if (o.jobs === undefined) return defaultJobs();
  const n = Number(o.jobs);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new CliError(`--jobs must be a whole number from 1 to 256, not "${o.jobs}"`, 2);
  return n;
}

function errLine(e: unknown): { code: string; message: string } {
  if (e instanceof ZhnormError) return { code: e.code, message: e.message.split('\n')[0] };
  if (e instanceof CliError) return { code: 'USAGE', message: e.message };
  const err = e as NodeJS.ErrnoException;
  return { code: err.code ?? 'ERROR', message: String(err.message ?? e).split('\n')[0] };
}

/** Output path for one input in -o mode; refuses two inputs that would write the same file. */
function outPaths(files: string[], dir: string): string[] {
  const seen = new Map<string, string>();
  return files.map((f) => {
    const p = join(dir, basename(f));
    const prev = seen.get(p);
    if (prev !== undefined) throw new CliError(`${prev} and ${f} would both be written to ${p}`, 2);
    if (resolve(p) === resolve(f)) throw new CliError(`${f}: output would overwrite the input (choose another -o directory)`, 2);
    seen.set(p, f);
    return p;
  });
}

async function runText(file: string | undefined, so: StreamOptions, o: Opts): Promise<void> {
  const input = openInput(file);
  const t = new NormalizeTransform(so);
  const progress = new Progress('MB', input.size);
  // Counts bytes on their way in, for progress on a terminal (a no-op otherwise).
  async function* counted(src: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let n = 0;
    for await (const c of src) {
      n += c.length;
      progress.update(n / 2 ** 20, n);
      yield c;
    }
  }
  await pipeline(Readable.from(counted(input.stream)), t, process.stdout, { end: false });
  progress.done();
  const rep = t.report!;
  process.stderr.write(o.json ? JSON.stringify(rep) + '\n' : `zhnorm: ${describeReport(rep)}\n`);
}

async function runBatch(files: string[], so: StreamOptions, o: Opts): Promise<void> {
  const dir = o.outDir!;
  mkdirSync(dir, { recursive: true });
  for (const f of files) openInput(f); // usage errors (missing file, directory) before any work
  const outs = outPaths(files, dir);
  const pool = files.length > 1 ? createPool({ jobs: Math.min(jobsOf(o), files.length) }) : null;
  const progress = new Progress('files');
  let done = 0;
  type Result = { input: string; output: string } & Awaited<ReturnType<typeof fileTask>>;
  const results: Result[] = new Array(files.length);
  // A bounded number of files open at once: one on the main thread, 2 per worker with a pool.
  const limit = pool ? (pool.options.maxThreads ?? 1) * 2 : 1;
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const a = { input: files[i], output: outs[i], opts: so };
      const r = pool ? ((await pool.run(a, { name: 'fileTask' })) as Awaited<ReturnType<typeof fileTask>>) : await fileTask(a);
      results[i] = { input: files[i], output: outs[i], ...r };
      progress.update(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, files.length) }, lane));
  if (pool) await pool.destroy();
  progress.done();
  const failed = results.filter((r) => r.error);
  const fixes: Record<string, number> = {};
  const dropped: Record<string, number> = {};
  let lines = 0;
  let linesDropped = 0;
  for (const r of results) {
    if (!r.report) continue;
    for (const [k, n] of Object.entries(r.report.fixesByKind)) fixes[k] = (fixes[k] ?? 0) + n;
    for (const [k, n] of Object.entries(r.report.droppedByReason)) dropped[k] = (dropped[k] ?? 0) + n;
    lines += r.report.lines.input;
    linesDropped += r.report.lines.dropped;
  }
  const summary = { files: files.length, ok: files.length - failed.length, failed: failed.length, fixes, lines, linesDropped, droppedByReason: dropped, seconds: progress.elapsed() };
  if (o.json) process.stderr.write(JSON.stringify({ files: results, summary }) + '\n');
  else {
    for (const r of failed) process.stderr.write(`zhnorm: ${r.input}: ${r.error!.message}\n`);
    process.stderr.write(
      `zhnorm: ${summary.files} files: ${summary.ok} normalized into ${dir}, ${summary.failed} failed; ` +
        `fixes: ${counts(fixes)}; ${linesDropped} of ${lines} lines dropped (${counts(dropped)}); ${summary.seconds.toFixed(1)} s\n`,
    );
  }
  if (failed.length) process.exitCode = 1;
}

async function runJsonl(files: string[], so: StreamOptions, o: Opts): Promise<void> {
  const inputs = (files.length ? files : ['-']).map((f) => openInput(f));
  const outs = o.outDir ? outPaths(files, o.outDir) : null;
  if (o.outDir) mkdirSync(o.outDir, { recursive: true });
  const jobs = jobsOf(o);
  const pool = createPool({ jobs });
  const totalBytes = inputs.every((i) => i.size !== undefined) ? inputs.reduce((a, i) => a + (i.size ?? 0), 0) : undefined;
  const progress = new Progress('records', totalBytes);
  const all: JsonlSummary[] = [];
  let doneBytes = 0;
  let doneRecords = 0;
  try {
    for (let i = 0; i < inputs.length; i++) {
      const inp = inputs[i];
      const dest = outs ? createWriteStream(outs[i]) : process.stdout;
      const s = await normalizeJsonlStream(inp.stream, dest, {
        ...so,
        field: o.field,
        pool,
        onProgress: (p) => progress.update(doneRecords + p.records, doneBytes + p.bytes),
      });
      if (outs) {
        const ws = dest as ReturnType<typeof createWriteStream>;
        await new Promise<void>((res, rej) => {
          ws.once('error', rej);
          ws.end(() => res());
        });
      }
      doneBytes += inp.size ?? 0;
      doneRecords += s.records;
      all.push(s);
    }
  } finally {
    if (pool) await pool.destroy();
    progress.done();
  }
  const secs = progress.elapsed();
  const records = all.reduce((a, s) => a + s.records, 0);
  const failed = all.reduce((a, s) => a + s.failed, 0);
  const invalid = all.reduce((a, s) => a + s.invalid, 0);
  const fixes: Record<string, number> = {};
  const dropped: Record<string, number> = {};
  for (const s of all) {
    for (const [k, n] of Object.entries(s.fixes)) fixes[k] = (fixes[k] ?? 0) + n;
    for (const [k, n] of Object.entries(s.dropped)) dropped[k] = (dropped[k] ?? 0) + n;
  }
  const linesDropped = all.reduce((a, s) => a + s.linesDropped, 0);
  const encodings = [...new Set(all.map((s) => s.encoding).filter((e): e is string => e !== null))];
  const summary = { records, failed, fixes, linesDropped, droppedByReason: dropped, encoding: encodings, invalid, jobs, seconds: secs, recordsPerSecond: records / Math.max(secs, 1e-6) };
  if (o.json) process.stderr.write(JSON.stringify({ summary }) + '\n');
  else {
    process.stderr.write(
      `zhnorm: ${records} records, ${failed} failed (see their "zhnorm.error"); fixes: ${counts(fixes)}; ` +
        `${linesDropped} lines dropped (${counts(dropped)}); encoding ${encodings.join(', ') || 'n/a'}` +
        `${invalid ? `, ${invalid} invalid byte sequences kept as U+FFFD` : ''}; ${jobs} job(s), ${secs.toFixed(1)} s, ${Math.round(summary.recordsPerSecond)} records/s\n`,
    );
  }
}

export function registerNormalize(program: Command): void {
  program
    .command('normalize')
    .description('decode → repair → clean → convert, with a report on standard error')
    .argument('[files...]', 'input files (default: standard input); several need -o DIR')
    .option('--to <variant>', 'convert to this variant: cn, tw, twp, hk, hkp, t, jp')
    .option('--from <variant>', 'source variant when converting (default: inferred from the text)')
    .option('-e, --encoding <label>', 'encoding of the input bytes (default: detected)')
    .option('--json', 'print the report (or summary) on standard error as JSON')
    .option('-o, --out-dir <dir>', 'write one output per input file into this directory, with a summary')
    .option('--jsonl', 'input is JSON Lines: normalize one field of each record')
    .option('--field <name>', 'with --jsonl: the field holding the text', 'text')
    .option('-j, --jobs <n>', 'worker threads for --jsonl and for several files (default: the number of cores)')
    .option('--no-repair', 'skip the repair stage')
    .option('--no-clean', 'skip the clean stage (keep every line)')
    .action(async (files: string[], o: Opts) => {
      const to: Variant | undefined = o.to === undefined ? undefined : assertVariant(o.to);
      const from: Variant | undefined = o.from === undefined ? undefined : assertVariant(o.from);
      if (from && !to) throw new CliError('--from needs --to', 2);
      jobsOf(o);
      if (o.outDir) {
        try {
          if (!statSync(o.outDir).isDirectory()) throw new CliError(`${o.outDir}: -o needs a directory, and this is a file`, 2);
        } catch (e) {
          if (e instanceof CliError) throw e;
        }
        if (files.length === 0) throw new CliError('-o DIR needs input files', 2);
      }
      const so: StreamOptions = { to, from, encoding: o.encoding, repair: o.repair, clean: o.clean };
      try {
        if (o.jsonl) await runJsonl(files, so, o);
        else if (o.outDir) await runBatch(files, so, o);
        else if (files.length > 1) throw new CliError('several input files need -o DIR (one output per file)', 2);
        else await runText(files[0], so, o);
      } catch (e) {
        if (e instanceof CliError || e instanceof ZhnormError) throw e;
        const { code, message } = errLine(e);
        throw new CliError(`${code === 'ERROR' ? '' : code + ': '}${message}`, 1);
      }
    });
}
