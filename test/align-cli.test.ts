import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { FIXTURES, SEEDS } from './helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnorm-align-'));

describe('zhnorm align (built CLI)', () => {
  it('--json: 1-based line numbers of the input files, matching the hand-built seed gold', () => {
    const r = runCli(['align', SEEDS.s000, SEEDS.s001, '--json']);
    expect(r.status).toBe(0);
    const { pairs } = JSON.parse(r.stdout) as { pairs: { a: number[]; b: number[]; score: number }[] };
    const gold = readFileSync(join(FIXTURES, 'align/seed-000-001.gold.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.replace('\t', ':'));
    const links = pairs.flatMap((d) => d.a.flatMap((i) => d.b.map((j) => `${i}:${j}`)));
    expect(new Set(links)).toEqual(new Set(gold));
  });

  it('side-by-side view marks low-scoring beads with "!" and counts them', () => {
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, '研究团队在实验室里工作了整整十年，终于得到了结果。\n\n会议在北京召开，讨论了很多问题。\n');
    writeFileSync(b, '研究團隊在實驗室裡工作了整整十年，終於得到了結果。\n會議在北京召開，大家談了不少議題和安排。\n');
    const r = runCli(['align', a, b]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows[1]).toMatch(/^ {2}1\.00 {2}1 .*│ 1 /); // exact pair, not marked
    expect(rows[2]).toMatch(/^! 0\.\d\d {2}3 .*│ 2 /); // Dice 12/30 = 0.40 by hand: paired, marked for a check
    expect(rows.at(-1)).toMatch(/2 beads: 2 paired, 0 unpaired; 1 marked/);
  });

  it('an empty file is a clear one-line error, exit 1', () => {
    const e = join(tmp, 'empty.txt');
    writeFileSync(e, '');
    const r = runCli(['align', e, SEEDS.s001]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
