// Bytes (or text) in, complete lines out: encoding detected on a bounded prefix, then decoded
// incrementally (TextDecoder with `stream: true`). Browser-safe. Used by the text and JSONL streams.
import { ZhnormError } from '../types.js';
import { detect } from '../encoding/detect.js';
import { InvalidCounter } from './invalid.js';

export interface LineReaderOptions {
  /** Encoding label; detected from the first `detectBytes` when omitted. */
  encoding?: string;
  detectBytes?: number;
  /** Longest line kept whole; longer ones are cut (counted in `longLines`). */
  maxLineChars?: number;
}

const LINE_RE = /[^\r\n]*(?:\r\n|\n|\r)/g;

export class LineReader {
  readonly maxLineChars: number;
  private readonly detectBytes: number;
  private readonly hint: string | undefined;
  private head: Uint8Array[] = [];
  private headLen = 0;
  private decoder: TextDecoder | null = null;
  private counter: InvalidCounter | null = null;
  private mode: 'unknown' | 'bytes' | 'text' = 'unknown';
  private pending = '';
  private ended = false;
  /** True once any non-empty chunk arrived. */
  sawInput = false;
  /** Lines cut because they exceeded maxLineChars. */
  longLines = 0;
  encoding: { name: string; confidence: number } | null = null;

  constructor(opts: LineReaderOptions = {}) {
    this.hint = opts.encoding;
    this.detectBytes = Math.max(1024, opts.detectBytes ?? 64 * 1024);
    this.maxLineChars = Math.max(1024, opts.maxLineChars ?? 4 * 1024 * 1024);
  }

  /** Invalid byte sequences met so far (each left as U+FFFD). */
  get invalid(): number {
    return this.counter?.invalid ?? 0;
  }

  /** Feeds a chunk; returns the lines it completed, each with its terminator. */
  write(chunk: Uint8Array | string): string[] {
    if (this.ended) throw new ZhnormError('USAGE', 'write after end');
    if (typeof chunk === 'string') {
      if (this.mode === 'bytes') throw new ZhnormError('BAD_INPUT', 'cannot mix text and byte chunks in one stream');
      this.mode = 'text';
      if (chunk.length) this.sawInput = true;
      return this.text(chunk, false);
    }
    if (!(chunk instanceof Uint8Array)) throw new ZhnormError('BAD_INPUT', 'stream chunks must be strings or Uint8Array');
    if (this.mode === 'text') throw new ZhnormError('BAD_INPUT', 'cannot mix text and byte chunks in one stream');
    this.mode = 'bytes';
    if (chunk.length === 0) return [];
    this.sawInput = true;
    if (this.decoder) return this.decodeChunk(chunk, true);
    this.head.push(chunk);
    this.headLen += chunk.length;
    if (this.headLen < this.detectBytes) return [];
    return this.start(false);
  }

  /** Returns the remaining lines (the last may lack a terminator). */
  end(): string[] {
    if (this.ended) return [];
    this.ended = true;
    const out: string[] = [];
    if (this.mode === 'bytes' && !this.decoder && this.headLen > 0) out.push(...this.start(true));
    if (this.decoder) {
      const rest = this.decoder.decode();
      this.counter?.text(rest);
      out.push(...this.text(rest, true));
    } else out.push(...this.text('', true));
    return out;
  }

  private start(atEnd: boolean): string[] {
    const all = concat(this.head, this.headLen);
    this.head = [];
    // Detect on whole lines so a multi-byte character cut at the prefix end cannot mislead it.
    let probe = all.subarray(0, Math.min(all.length, this.detectBytes));
    if (!atEnd || all.length > this.detectBytes) {
      const nl = probe.lastIndexOf(0x0a);
      if (nl > probe.length / 2) probe = probe.subarray(0, nl + 1);
    }
    let name: string;
    let confidence = 1;
    if (this.hint) name = this.hint;
    else {
      const d = detect(probe);
      if (d.encoding === 'binary') throw new ZhnormError('BINARY_INPUT', 'input looks binary, not text');
      name = d.encoding;
      confidence = d.confidence;
    }
    try {
      this.decoder = new TextDecoder(name, { fatal: false });
    } catch {
      throw new ZhnormError('UNKNOWN_ENCODING', `unknown encoding "${name}"`);
    }
    this.counter = new InvalidCounter(this.decoder.encoding);
    this.encoding = { name: this.decoder.encoding, confidence };
    return this.decodeChunk(all, !atEnd);
  }

  private decodeChunk(chunk: Uint8Array, stream: boolean): string[] {
    const s = this.decoder!.decode(chunk, { stream });
    this.counter!.bytes(chunk);
    this.counter!.text(s);
    return this.text(s, !stream && this.ended);
  }

  private text(s: string, final: boolean): string[] {
    const buf = this.pending + s;
    const out: string[] = [];
    // A trailing \r may be the first half of \r\n: keep it for the next chunk unless this is the end.
    const limit = !final && buf.endsWith('\r') ? buf.length - 1 : buf.length;
    LINE_RE.lastIndex = 0;
    let last = 0;
    let m: RegExpExecArray | null;
    while ((m = LINE_RE.exec(buf)) !== null && LINE_RE.lastIndex <= limit) {
      last = LINE_RE.lastIndex;
      out.push(m[0]);
    }
    let rest = buf.slice(last);
    // A line with no end in sight is cut so that memory stays bounded.
    while (rest.length > this.maxLineChars) {
      let cut = this.maxLineChars;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
      this.longLines++;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (final && rest !== '') {
      out.push(rest);
      rest = '';
    }
    this.pending = rest;
    return out;
  }
}

function concat(parts: Uint8Array[], len: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
