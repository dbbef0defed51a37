// `zhnorm convert` options added for conversion: --dict files and --no-tofu-risk (built dist/cli.js).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnorm-convert-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('zhnorm convert', () => {
  it('--dict adds tab-separated pairs without breaking segmentation', () => {
    const dict = file('mine.txt', '# my terms\n软件\t軟件\n');
    const r = runCli(['convert', '--config', 's2twp', '--dict', dict], '这个软件 低级别\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // 软件 from the user's file; 低级别 still segmented as 低|级别 (not 低階別).
    expect(r.stdout).toBe('這個軟件 低級別\n');
  });

  it('--dict can be repeated, later files winning', () => {
    const a = file('a.txt', '汉字\tA\n');
    const b = file('b.txt', '汉字\tB\n');
    expect(runCli(['convert', '--config', 's2t', '--dict', a, '--dict', b], '汉字').stdout).toBe('B');
  });

  it('--no-tofu-risk keeps 殢 instead of the rare 𣨼 (OpenCC default gives 𣨼)', () => {
    expect(runCli(['convert', '--config', 't2s'], '殢云尤雨\n').stdout).toBe('𣨼云尤雨\n');
    expect(runCli(['convert', '--config', 't2s', '--no-tofu-risk'], '殢云尤雨\n').stdout).toBe('殢云尤雨\n');
  });

  it('a bad dictionary line or a missing file is a one-line error', () => {
    const bad = file('bad.txt', '好\t好\nno tab\n');
    const r = runCli(['convert', '--config', 's2t', '--dict', bad], '汉字');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.txt line 2: expected "from<TAB>to"/);
    const m = runCli(['convert', '--config', 's2t', '--dict', join(dir, 'nope.txt')], '汉字');
    expect(m.status).toBe(2);
    expect(m.stderr).toMatch(/nope\.txt: dictionary file cannot be read/);
  });
});
