import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { SEEDS } from './helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnorm-clean-'));
const P1 = '研究人员在过去三年里走访了二十多个村庄，记录下当地人如何利用有限的水源种植蔬菜和粮食。';
const P2 = '他们发现，很多看似简单的做法背后，其实有着几代人积累下来的经验，这些经验至今仍然有效。';
const page = ['首页 > 新闻 > 正文', '标题', P1, P2, '编者按：本文有删节。', '版权所有 © 2024 某某网'].join('\n') + '\n';

describe('zhnorm clean', () => {
  it('prints the kept lines with their line ends', () => {
    const r = runCli(['clean'], page);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(['标题', P1, P2].join('\n') + '\n');
  });

  it('--json gives 1-based line numbers and reasons (null for content)', () => {
    const r = runCli(['clean', '--json'], page);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { lines: { line: number; keep: boolean; reason: string | null }[] };
    expect(j.lines).toHaveLength(6);
    expect(j.lines[0]).toEqual({ line: 1, keep: false, reason: 'navigation' });
    expect(j.lines[1]).toEqual({ line: 2, keep: true, reason: null });
    expect(j.lines[5]).toEqual({ line: 6, keep: false, reason: 'copyright' });
  });

  it('--keep keeps a category, --drop limits dropping to the listed ones', () => {
    expect(runCli(['clean', '--keep', 'editor-note'], page).stdout).toContain('编者按');
    expect(runCli(['clean', '--drop', 'copyright,navigation'], page).stdout).toBe(['标题', P1, P2, '编者按：本文有删节。'].join('\n') + '\n');
  });

  it('an unknown category is a usage error: exit 2, one line', () => {
    const r = runCli(['clean', '--keep', 'adverts'], page);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown category "adverts"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads a file argument (the damaged seed 002) and drops its footer', () => {
    const r = runCli(['clean', '--json', SEEDS.s002]);
    const j = JSON.parse(r.stdout) as { lines: { line: number; keep: boolean; reason: string | null }[] };
    expect(j.lines.find((l) => l.line === 48)).toEqual({ line: 48, keep: false, reason: 'contact' });
    expect(j.lines.find((l) => l.line === 49)).toEqual({ line: 49, keep: false, reason: 'registration' });
    expect(j.lines.find((l) => l.line === 1)?.keep).toBe(true);
  });

  it('--site learns template lines from other pages of the site', () => {
    const slogan = '晨光日报 · 每天早上七点见';
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, [slogan, '甲', P1].join('\n') + '\n');
    writeFileSync(b, [slogan, '乙', P2].join('\n') + '\n');
    expect(runCli(['clean', a]).stdout).toContain(slogan);
    expect(runCli(['clean', a, '--site', b]).stdout).toBe(['甲', P1].join('\n') + '\n');
    expect(readFileSync(a, 'utf8')).toContain(slogan); // input untouched
  });

  it('empty input is refused with exit 1', () => {
    const r = runCli(['clean'], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/empty/);
  });
});
