import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { runCli } from './helpers/cli.js';
import { SEEDS, readSeed } from './helpers/paths.js';
import { editDistance } from './helpers/seed-cer.js';

// The README's first example: `zhnorm normalize <seed 000> --to cn` prints 001's article (the same
// article, clean, in Taiwan traditional) in simplified Chinese and nothing else. The reference is
// 001 taken to simplified by opencc-js directly (tw → cn), independent of zhnorm's own converter.

const paras = (s: string): string[] => s.split(/\r\n|\n|\r/).map((l) => l.trim()).filter((l) => l !== '');

const similarity = (a: string, b: string): number => 1 - editDistance(a, b) / Math.max([...a].length, [...b].length, 1);

describe('README example: normalize seed 000 --to cn', () => {
  const run = runCli(['normalize', SEEDS.s000, '--to', 'cn']);
  const out = paras(run.stdout);
  const ref = paras(OpenCC.Converter({ from: 'tw', to: 'cn' })(readSeed('s001')));
  const best = (p: string, pool: string[]): { s: number; i: number } =>
    pool.reduce((b, q, i) => {
      const s = similarity(p, q);
      return s > b.s ? { s, i } : b;
    }, { s: -1, i: -1 });

  it('succeeds with the report on stderr only', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^zhnorm: encoding utf-8; .*conversion t2s/);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints nothing but the article: every output paragraph is one of 001\'s', () => {
    // 000's line 34 is a section heading (獲獎名單) that the 001 twin does not carry: article text, not boilerplate.
    const onlyIn000 = new Set(['获奖名单']);
    const strays = out.filter((p) => !onlyIn000.has(p) && best(p, ref).s < 0.8);
    expect(strays).toEqual([]);
  });

  it('prints all of the article, in order, with a character error rate under 3%', () => {
    let errors = 0;
    let chars = 0;
    let last = -1;
    const missing: string[] = [];
    for (const r of ref) {
      // Search forward only: the order must be kept (001 repeats two references verbatim).
      const m = best(r, out.slice(last + 1));
      if (m.s < 0.8) {
        missing.push(r);
        continue;
      }
      m.i += last + 1;
      last = m.i;
      errors += editDistance(r, out[m.i]);
      chars += [...r].length;
    }
    expect(missing).toEqual([]);
    expect(errors / chars).toBeLessThan(0.03);
  });
});
