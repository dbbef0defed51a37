import { describe, expect, it } from 'vitest';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { normalize } from '../src/pipeline/normalize.js';
import { NormalizeStreamer, NormalizeTransformStream } from '../src/pipeline/stream.js';
import { inferScript } from '../src/pipeline/script.js';
import { NormalizeTransform } from '../src/node.js';
import { ZhnormError } from '../src/types.js';
import { readSeed } from './helpers/paths.js';

const enc = new TextEncoder();

/** Feeds `bytes` to a streamer in pieces of `size` bytes. */
function streamed(bytes: Uint8Array | string, size: number, opts = {}): ReturnType<typeof normalize> {
  const s = new NormalizeStreamer(opts);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += s.write(bytes.slice(i, i + size));
  text += s.end();
  return { text, report: s.getReport() };
}

describe('normalize()', () => {
  it('reports encoding, invalid bytes (kept as U+FFFD), lines and no conversion by default', () => {
    // 中 = E4 B8 AD, 文 = E6 96 87 in UTF-8; FF can never occur in UTF-8.
    const bytes = new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xe6, 0x96, 0x87, 0x0a]);
    // repair off: this checks decoding inside the pipeline (repair may re-read a U+FFFD as a lost byte, and reports it).
    const r = normalize(bytes, { encoding: 'utf-8', clean: false, repair: false });
    expect(r.text).toBe('中\ufffd文\n');
    expect(r.report.encoding).toMatchObject({ name: 'utf-8', invalid: 1 });
    expect(r.report.lines).toEqual({ input: 1, kept: 1, dropped: 0 });
    expect(r.report.conversion).toBeNull();
  });

  it('does not count a U+FFFD the input itself spelled (EF BF BD) as invalid', () => {
    const r = normalize(new Uint8Array([0xe4, 0xb8, 0xad, 0xef, 0xbf, 0xbd]), { encoding: 'utf-8', clean: false });
    expect(r.text).toBe('中\ufffd');
    expect(r.report.encoding?.invalid).toBe(0);
  });

  it('infers the source script and picks the OpenCC config', () => {
    expect(inferScript('這些年輕科學家不再滿足於')).toBe('t');
    expect(inferScript('这些年轻科学家不再满足于')).toBe('cn');
    expect(inferScript('hello 123')).toBeNull();
    const a = normalize('漢字與簡體\n', { to: 'cn' });
    expect(a.text).toBe('汉字与简体\n');
    expect(a.report.conversion).toMatchObject({ config: 't2s', from: 't', to: 'cn', sourceInferred: true });
    const b = normalize('汉字\n', { to: 'tw' });
    expect(b.text).toBe('漢字\n');
    expect(b.report.conversion).toMatchObject({ config: 's2tw', sourceInferred: true });
  });

  it('leaves text already in the target variant alone and says so', () => {
    const r = normalize('这是简体中文\n', { to: 'cn' });
    expect(r.text).toBe('这是简体中文\n');
    expect(r.report.conversion).toBeNull();
    expect(r.report.notes?.join(' ')).toMatch(/already in cn/);
  });

  it('goes through cn when OpenCC has no direct config (t → twp)', () => {
    // OpenCC's own s2twp case: 软件 → 軟體 (phrase), so the second step really ran.
    const r = normalize('軟件\n', { from: 't', to: 'twp' });
    expect(r.report.conversion?.steps).toEqual(['t2s', 's2twp']);
    expect(r.text).toBe('軟體\n');
  });

  it('refuses bad options and bad input with a ZhnormError', () => {
    expect(() => normalize('x', { to: 'xx' as never })).toThrow(ZhnormError);
    expect(() => normalize(new Uint8Array(0))).toThrow(/empty/);
    expect(() => normalize(42 as never)).toThrow(ZhnormError);
  });
});

describe('streaming', () => {
  it('gives the same text and counts as normalize() on every seed, even one byte at a time', () => {
    for (const seed of ['s000', 's002', 's004'] as const) {
      const bytes = enc.encode(readSeed(seed));
      const whole = normalize(bytes, { to: 'cn' });
      for (const size of [1, 7, 4096]) {
        const s = streamed(bytes, size, { to: 'cn' });
        expect(s.text).toBe(whole.text);
        expect(s.report.fixesByKind).toEqual(whole.report.fixesByKind);
        expect(s.report.lines).toEqual(whole.report.lines);
        expect(s.report.conversion).toEqual(whole.report.conversion);
      }
    }
  });

  it('decodes GBK incrementally when characters are split across chunks', () => {
    // 中文 in GBK: D6 D0 CE C4 (hand-checked against the WHATWG gbk index).
    const line = [0xd6, 0xd0, 0xce, 0xc4, 0x0a];
    const bytes = new Uint8Array(Array.from({ length: 50 }, () => line).flat());
    const s = streamed(bytes, 3, { encoding: 'gbk', clean: false });
    expect(s.text).toBe('中文\n'.repeat(50));
    expect(s.report.encoding).toMatchObject({ name: 'gbk', invalid: 0 });
  });

  it('keeps \\r\\n whole when split between chunks, and fixes keep whole-input line numbers across windows', () => {
    const text = 'a\r\nb\r\n\r\nc\r\n';
    expect(streamed(enc.encode(text), 1, { clean: false, repair: false }).text).toBe(text);
    const seed = readSeed('s002');
    const whole = normalize(seed, { clean: false });
    const s = streamed(seed, 100, { clean: false, windowLines: 3 });
    expect(s.text).toBe(whole.text);
    expect(s.report.fixes.map((f) => [f.line, f.kind, f.before])).toEqual(whole.report.fixes.map((f) => [f.line, f.kind, f.before]));
  });

  it('cuts a line longer than the window limit, says so, and loses nothing', () => {
    const long = '字'.repeat(5000);
    const s = streamed(long, 999, { maxWindowChars: 1024, repair: false, clean: false });
    expect(s.text).toBe(long);
    expect(s.report.notes?.join(' ')).toMatch(/longer than 1024/);
  });

  it('counts invalid bytes exactly when chunks cut through a literal U+FFFD', () => {
    // 中 (E4 B8 AD), a literal U+FFFD (EF BF BD: valid UTF-8), a stray FF (invalid), newline.
    const bytes = new Uint8Array([0xe4, 0xb8, 0xad, 0xef, 0xbf, 0xbd, 0xff, 0x0a]);
    for (const size of [1, 2, 4, 8]) {
      const s = streamed(bytes, size, { encoding: 'utf-8', repair: false, clean: false, detectBytes: 1024 });
      expect(s.text).toBe('中\ufffd\ufffd\n');
      expect(s.report.encoding?.invalid).toBe(1);
    }
  });

  it('refuses empty and binary streams', () => {
    expect(() => streamed(new Uint8Array(0), 1)).toThrow(/empty/);
    const bin = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0 : i & 0xff));
    expect(() => streamed(bin, 512)).toThrow(/binary/);
  });

  it('runs as a web TransformStream with the report as a promise', async () => {
    const seed = readSeed('s000');
    const ts = new NormalizeTransformStream({ to: 'cn' });
    const chunks = enc.encode(seed);
    const src = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < chunks.length; i += 1000) c.enqueue(chunks.slice(i, i + 1000));
        c.close();
      },
    });
    let out = '';
    for await (const piece of src.pipeThrough(ts) as unknown as AsyncIterable<string>) out += piece;
    const whole = normalize(chunks, { to: 'cn' });
    expect(out).toBe(whole.text);
    expect((await ts.report).lines).toEqual(whole.report.lines);
  });

  it('runs as a Node Transform with back-pressure and emits the report', async () => {
    const seed = readSeed('s004');
    const t = new NormalizeTransform({ to: 'tw' });
    let out = '';
    let report: unknown = null;
    t.on('report', (r) => (report = r));
    await pipeline(
      Readable.from([Buffer.from(seed)]),
      t,
      new Writable({
        highWaterMark: 16,
        write(c: Buffer, _e, cb) {
          out += c.toString('utf8');
          setImmediate(cb);
        },
      }),
    );
    expect(out).toBe(normalize(seed, { to: 'tw' }).text);
    expect(report).toMatchObject({ conversion: { config: 's2tw' } });
  });
});
