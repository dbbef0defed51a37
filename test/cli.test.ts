import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { ROOT, SEEDS } from './helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnorm-cli-'));

describe('CLI shell', () => {
  it('prints its version, matching package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every contract subcommand in --help', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['detect', 'decode', 'fix', 'convert', 'clean', 'align', 'normalize']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
  });

  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['fix', '--nope'], /unknown option '--nope'/],
    [['fix', join(tmp, 'missing.txt')], /no such file/],
    [['fix', tmp], /is a directory/],
    [['align', SEEDS.s000], /missing required argument/],
    [['convert', '--from', 'cn', '--to', 'xx'], /unknown variant "xx"; valid: cn, tw/],
    [['convert', '--config', 's2xx'], /unknown OpenCC config "s2xx"; valid: s2t/],
    [['convert'], /needs --config/],
  ])('usage error %j: exit 2, one line on stderr, nothing on stdout', (args, msg) => {
    const r = runCli(args, 'x');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('refuses empty input with exit 1 and a reason', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = runCli(['fix', empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/input is empty/);
  });

  it('reads standard input when no file is given', () => {
    const r = runCli(['convert', '--config', 's2tw'], '汉字\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('漢字\n');
  });

  it('convert accepts --from/--to as well as --config (OpenCC s2twp: 软件→軟體)', () => {
    const a = runCli(['convert', '--from', 'cn', '--to', 'twp'], '软件\n');
    const b = runCli(['convert', '--config', 's2twp'], '软件\n');
    expect(a.stdout).toBe('軟體\n');
    expect(b.stdout).toBe('軟體\n');
  });

  it('fix keeps the number of lines of a seed page', () => {
    const input = readFileSync(SEEDS.s002, 'utf8');
    const r = runCli(['fix', SEEDS.s002]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(input.split('\n').length);
  });

  it('clean --json reports every input line, 1-based', () => {
    const r = runCli(['clean', '--json'], 'a\nb\nc\n');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { lines: { line: number }[] };
    expect(j.lines.map((l) => l.line)).toEqual([1, 2, 3]);
  });

  it('detect --json has the contract fields', () => {
    const r = runCli(['detect', '--json', SEEDS.s001]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(j.encoding).toBe('utf-8');
    expect(typeof j.confidence).toBe('number');
    expect(Array.isArray(j.candidates)).toBe(true);
  });

  it('align --json gives 1-based line numbers of the input files', () => {
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, '\n第一段。\n\n第二段。\n');
    writeFileSync(b, '第一段。\n第二段。\n');
    const r = runCli(['align', '--json', a, b]);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { pairs: { a: number[]; b: number[] }[] };
    expect(j.pairs[0].a).toEqual([2]);
    expect(j.pairs[0].b).toEqual([1]);
    expect(j.pairs[1].a).toEqual([4]);
    expect(j.pairs[1].b).toEqual([2]);
  });
});
