import { readFileSync, statSync } from 'node:fs';
import { ZhnormError } from '../types.js';
import { decode } from '../encoding/decode.js';

/** A user error at the command line: exit code 2 (usage) or 1 (input could not be processed). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads a file argument, or standard input when none (or '-') is given. */
export function readInput(file?: string): Uint8Array {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('no input: give a file or pipe text to standard input', 2);
    return readFileSync(0);
  }
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new CliError(`${file}: no such file`, 2);
  }
  if (st.isDirectory()) throw new CliError(`${file}: is a directory, not a file`, 2);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CliError(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 1);
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
