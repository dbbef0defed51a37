import { closeSync, createReadStream, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { ZhnormError } from '../types.js';
import { decode } from '../encoding/decode.js';

/** A user error at the command line: exit code 2 (usage) or 1 (input could not be processed). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** A file argument that exists and is not a directory (usage errors otherwise); its stat. */
function checkFile(file: string): Stats {
  let st: Stats;
  try {
    st = statSync(file);
  } catch {
    throw new CliError(`${file}: no such file`, 2);
  }
  if (st.isDirectory()) throw new CliError(`${file}: is a directory, not a file`, 2);
  return st;
}

const unreadable = (file: string, e: unknown): CliError =>
  new CliError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 1);

/** Reads a file argument, or standard input when none (or '-') is given. */
export function readInput(file?: string): Uint8Array {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('no input: give a file or pipe text to standard input', 2);
    return readFileSync(0);
  }
  checkFile(file);
  try {
    return readFileSync(file);
  } catch (e) {
    throw unreadable(file, e);
  }
}

/** Reads and decodes text input, refusing empty and binary input with a clear reason. */
export function readText(file?: string, encoding?: string): { text: string; encoding: string } {
  const bytes = readInput(file);
  if (bytes.length === 0) throw new ZhnormError('EMPTY_INPUT', `${file ?? 'standard input'}: input is empty`);
  const d = decode(bytes, { hint: encoding });
  return { text: d.text, encoding: d.encoding };
}

export function writeOut(s: string): void {
  process.stdout.write(s);
}

export function writeJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v) + '\n');
}

/** An input to stream: a file (checked first) or standard input. */
export interface OpenedInput {
  name: string;
  /** Size in bytes when known (files), for progress and ETA. */
  size?: number;
  stream: AsyncIterable<Uint8Array>;
}

/** Opens a file argument, or standard input when none (or '-') is given, without reading it all. */
export function openInput(file?: string): OpenedInput {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('no input: give a file or pipe text to standard input', 2);
    return { name: 'standard input', stream: process.stdin };
  }
  const st = checkFile(file);
  try {
    closeSync(openSync(file, 'r'));
  } catch (e) {
    throw unreadable(file, e);
  }
  return { name: file, size: st.size, stream: createReadStream(file) };
}

/**
 * Progress on standard error, only when it is a terminal: items/s and, when the total size is
 * known, an ETA. Redrawn at most 5 times a second; done() clears the line.
 */
export class Progress {
  private readonly on: boolean;
  private readonly t0 = Date.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly unit: string, private readonly totalBytes?: number, stream: NodeJS.WriteStream = process.stderr) {
    this.on = stream.isTTY === true;
    this.stream = stream;
  }

  private readonly stream: NodeJS.WriteStream;

  update(items: number, bytes?: number): void {
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.t0) / 1000);
    const n = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
    let s = `zhnorm: ${n(items)} ${this.unit}, ${n(items / secs)} ${this.unit}/s`;
    if (this.totalBytes && bytes !== undefined && bytes > 0) {
      const frac = Math.min(1, bytes / this.totalBytes);
      const eta = frac > 0 ? (secs / frac) * (1 - frac) : 0;
      s += `, ${(frac * 100).toFixed(0)}%, ETA ${formatSecs(eta)}`;
    }
    this.stream.write(`\r\x1b[K${s}`);
    this.drawn = true;
  }

  done(): void {
    if (this.on && this.drawn) this.stream.write('\r\x1b[K');
  }

  elapsed(): number {
    return (Date.now() - this.t0) / 1000;
  }
}

export function formatSecs(s: number): string {
  if (s < 60) return `${s.toFixed(0)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
