import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { runCli } from './helpers/cli.js';
import { SEEDS, readSeed } from './helpers/paths.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'zhnorm-norm-cli-'));
});

/** One line on stderr, non-zero exit, nothing on stdout, no stack trace. */
function expectCleanFailure(r: ReturnType<typeof runCli>, code: number, msg: RegExp): void {
  expect(r.status).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(msg);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('zhnorm normalize: bad input', () => {
  it('a binary file', () => {
    const f = join(tmp, 'bin.dat');
    writeFileSync(f, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i % 2 ? 0 : i & 0xff))));
    expectCleanFailure(runCli(['normalize', f]), 1, /binary/);
  });
  it('a directory', () => expectCleanFailure(runCli(['normalize', tmp]), 2, /is a directory/));
  it('an unknown variant', () => expectCleanFailure(runCli(['normalize', SEEDS.s004, '--to', 'klingon']), 2, /unknown variant "klingon"/));
  it('align with its second file missing', () => expectCleanFailure(runCli(['align', SEEDS.s000]), 2, /missing required argument/));
  it('empty standard input', () => expectCleanFailure(runCli(['normalize'], ''), 1, /empty/));
  it('a missing file', () => expectCleanFailure(runCli(['normalize', join(tmp, 'nope.txt')]), 2, /no such file/));
  it('several files without -o', () => expectCleanFailure(runCli(['normalize', SEEDS.s002, SEEDS.s004]), 2, /need -o/));
  it('a bad --jobs', () => expectCleanFailure(runCli(['normalize', '--jsonl', '-j', 'zero'], '{}\n'), 2, /--jobs/));

  it('invalid bytes are kept as U+FFFD and reported, never dropped', () => {
    // UTF-8 中 (E4 B8 AD), a stray FF, 文 (E6 96 87).
    const r = runCli(['normalize', '-e', 'utf-8', '--json', '--no-repair'], new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xe6, 0x96, 0x87, 0x0a]));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('中\ufffd文\n');
    expect(JSON.parse(r.stderr).encoding).toMatchObject({ name: 'utf-8', invalid: 1 });
    // With repair on, the count stays, and a U+FFFD that leaves the text does so as a reported fix.
    const w = runCli(['normalize', '-e', 'utf-8', '--json'], new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xe6, 0x96, 0x87, 0x0a]));
    const rep = JSON.parse(w.stderr);
    expect(rep.encoding.invalid).toBe(1);
    const fixedAway = (rep.fixes as { before: string; after: string }[]).some((f) => f.before.includes('\ufffd') && !f.after.includes('\ufffd'));
    expect(w.stdout.includes('\ufffd') || fixedAway).toBe(true);
  });
});

describe('zhnorm normalize: runs', () => {
  it('streams standard input to standard output with a one-line report on stderr', () => {
    const r = runCli(['normalize', '--to', 'tw', '--no-clean'], '汉字\n软件\n');
    expect(r.status).toBe(0);
    // s2tw keeps 軟件 (only s2twp changes vocabulary): OpenCC's character-level mapping.
    expect(r.stdout).toBe(OpenCC.Converter({ from: 'cn', to: 'tw' })('汉字\n软件\n'));
    expect(r.stderr).toMatch(/^zhnorm: encoding utf-8; .*conversion s2tw\n$/);
  });

  it('--json prints the report as JSON on stderr and nothing extra on stdout', () => {
    const r = runCli(['normalize', SEEDS.s000, '--to', 'cn', '--json']);
    expect(r.status).toBe(0);
    const rep = JSON.parse(r.stderr);
    expect(rep.conversion.config).toBe('t2s');
    expect(rep.lines.input).toBe(readSeed('s000').split(/\r\n|\n|\r/).length);
    expect(rep.lines.dropped).toBeGreaterThan(0);
    expect(Object.values(rep.droppedByReason as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(rep.lines.dropped);
    expect(r.stdout).not.toMatch(/^\{/);
  });

  it('-o DIR: one output per input, a summary, and the same text as one file at a time', () => {
    const out = join(tmp, 'out');
    const r = runCli(['normalize', '-o', out, '-j', '2', '--to', 'cn', SEEDS.s002, SEEDS.s004]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['002_0b8d26c1e8720ebb.txt', '004_615db62f3b8cde86.txt']);
    expect(r.stderr).toMatch(/2 files: 2 normalized/);
    expect(readFileSync(join(out, '002_0b8d26c1e8720ebb.txt'), 'utf8')).toBe(runCli(['normalize', SEEDS.s002, '--to', 'cn']).stdout);
  });

  it('-o DIR with one bad file: the others are still written, the bad one is named, exit 1', () => {
    const bad = join(tmp, 'bad');
    mkdirSync(bad, { recursive: true });
    const empty = join(bad, 'empty.txt');
    writeFileSync(empty, '');
    const out = join(tmp, 'out2');
    const r = runCli(['normalize', '-o', out, SEEDS.s004, empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/empty\.txt: input is empty/);
    expect(r.stderr).toMatch(/2 files: 1 normalized into .*, 1 failed/);
    expect(readdirSync(out)).toEqual(['004_615db62f3b8cde86.txt']);
  });
});
