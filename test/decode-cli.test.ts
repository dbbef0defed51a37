// zhnorm detect / decode as a user runs them (built dist/cli.js).
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { readSeed } from './helpers/paths.js';
import { encodeLegacy } from '../src/encoding/tables.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnorm-enc-'));
const file = (name: string, bytes: Uint8Array): string => {
  const p = join(tmp, name);
  writeFileSync(p, bytes);
  return p;
};
const s004 = readSeed('s004');
const gbk = encodeLegacy(s004, 'gbk')!;
// 中文 in GBK (D6 D0 CE C4) as a line inside a UTF-8 file.
const head = new TextEncoder().encode('第一行是正常的中文内容。\n');
const mixed = Uint8Array.from([...head, 0xd6, 0xd0, 0xce, 0xc4, 0x0a, ...new TextEncoder().encode('第三行也正常。\n')]);
const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0);

describe('zhnorm detect', () => {
  it('names the encoding of a GBK file', () => {
    const r = runCli(['detect', file('gbk.txt', gbk)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('gb18030\n');
  });
  it('--json gives encoding, confidence and candidates', () => {
    const r = runCli(['detect', '--json'], gbk);
    const j = JSON.parse(r.stdout) as { encoding: string; confidence: number; candidates: { encoding: string; confidence: number }[] };
    expect(j.encoding).toBe('gb18030');
    expect(j.confidence).toBeGreaterThan(0.99);
    expect(j.candidates[0]).toEqual({ encoding: 'gb18030', confidence: j.confidence });
  });
  it('says binary for a PNG, and refuses empty input with one line', () => {
    expect(runCli(['detect'], png).stdout).toBe('binary\n');
    const e = runCli(['detect'], '');
    expect(e.status).toBe(1);
    expect(e.stderr.trim().split('\n')).toHaveLength(1);
    expect(e.stderr).toMatch(/empty/);
  });
});

describe('zhnorm decode', () => {
  it('decodes a GBK file to the UTF-8 original, naming the encoding on stderr', () => {
    const r = runCli(['decode', file('gbk2.txt', gbk)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(s004);
    expect(r.stderr).toMatch(/decoded as gb18030/);
    expect(r.stderr).not.toMatch(/invalid/);
  });
  it('reports invalid sequences with their count and first offset, keeping U+FFFD in the text', () => {
    const r = runCli(['decode'], mixed);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('第一行是正常的中文内容。\n\ufffd\ufffd\ufffd\ufffd\n第三行也正常。\n');
    expect(r.stderr).toMatch(new RegExp(`4 invalid byte sequences \\(first at byte ${head.length}\\)`));
  });
  it('--strict fails on invalid sequences, with one line', () => {
    const r = runCli(['decode', '--strict'], mixed);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/4 invalid byte sequences/);
  });
  it('binary input exits 1 with one line; an unknown encoding is a usage error', () => {
    const b = runCli(['decode'], png);
    expect(b.status).toBe(1);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toMatch(/binary/);
    const u = runCli(['decode', '-e', 'klingon-8'], 'abc');
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/unknown encoding "klingon-8"/);
  });
  it('-e overrides detection', () => {
    // A4 A4 A4 E5 is 中文 in Big5; detection alone could not know from four bytes, -e says so.
    const r = runCli(['decode', '-e', 'big5'], Uint8Array.of(0xa4, 0xa4, 0xa4, 0xe5));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('中文');
    expect(r.stderr).toMatch(/decoded as big5/);
  });
});
