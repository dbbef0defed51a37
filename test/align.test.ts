import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../src/align/align.js';
import { comparisonForms } from '../src/align/normalize.js';
import { synthPair } from '../src/align/synth.js';
import { scoreAlignment } from '../src/align/evaluate.js';
import { paragraphs } from '../src/text/lines.js';
import { ZhnormError, type Bead } from '../src/types.js';
import { FIXTURES, readSeed } from './helpers/paths.js';

const paras = (rel: string): string[] => paragraphs(readFileSync(join(FIXTURES, rel), 'utf8')).map((p) => p.text);

/** Beads are in order and cover every paragraph of both sides exactly once. */
function expectCover(pairs: Bead[], na: number, nb: number): void {
  expect(pairs.flatMap((d) => d.a)).toEqual(Array.from({ length: na }, (_, i) => i));
  expect(pairs.flatMap((d) => d.b)).toEqual(Array.from({ length: nb }, (_, i) => i));
  for (const d of pairs) {
    expect(d.a.length + d.b.length).toBeGreaterThan(0);
    expect(d.score).toBeGreaterThanOrEqual(0);
    expect(d.score).toBeLessThanOrEqual(1);
  }
}

describe('align: seed 000 (damaged, boilerplate) against 001 (clean Taiwan)', () => {
  const A = paragraphs(readSeed('s000'));
  const B = paragraphs(readSeed('s001'));
  // Hand-built gold: 1-based line of 000 → line of 001.
  const gold = readFileSync(join(FIXTURES, 'align/seed-000-001.gold.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t').map(Number) as [number, number]);
  const r = align(A.map((p) => p.text), B.map((p) => p.text));
  const links = r.pairs.flatMap((d) => d.a.flatMap((i) => d.b.map((j) => `${A[i].line + 1}:${B[j].line + 1}`)));

  it('pairs every one of 001’s 87 paragraphs with its line of 000 (link F1 = 1)', () => {
    expect(gold).toHaveLength(87);
    expect(B).toHaveLength(87);
    expect(new Set(links)).toEqual(new Set(gold.map(([x, y]) => `${x}:${y}`)));
    expectCover(r.pairs, A.length, B.length);
  });

  it('leaves the boilerplate of 000 unpaired and confident about it', () => {
    const paired = new Set(gold.map(([x]) => x));
    const unpaired = r.pairs.filter((d) => d.b.length === 0).flatMap((d) => d.a.map((i) => A[i].line + 1));
    expect(unpaired).toEqual(A.map((p) => p.line + 1).filter((l) => !paired.has(l)));
    expect(unpaired.length).toBeGreaterThan(100);
  });
});

describe('align: generated s2twp pairs with merges, splits, deletions, insertions', () => {
  const source = [...paras('opencc/golden/input.txt'), ...[1, 2, 3, 4, 5].flatMap((k) => paras(`clean/source/articles/a${k}.txt`))];
  const pool = [...paras('clean/source/headlines.txt')].filter((s) => !s.startsWith('#'));
  it.each([11, 12])('seed %i: link F1 ≥ 0.98 and strict bead F1 ≥ 0.95 against the constructed gold', (seed) => {
    const sp = synthPair(source, pool, { seed, pDelete: 0.05, pMerge: 0.06, pSplit: 0.06, pInsert: 0.05 });
    const types = new Set(sp.gold.map((d) => `${d.a.length}-${d.b.length}`));
    for (const t of ['1-1', '1-0', '0-1', '2-1', '1-2']) expect(types).toContain(t);
    const r = align(sp.a, sp.b);
    expectCover(r.pairs, sp.a.length, sp.b.length);
    const s = scoreAlignment(r.pairs, sp.gold);
    expect(s.links.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.strict.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('align: comparison through a normalised form', () => {
  it('folds script, Taiwan phrases, width, punctuation and pinyin readings', () => {
    // Expected forms written by hand.
    expect(comparisonForms(['網(wǎng)易首頁(yè)'])).toEqual(['网易首页']);
    expect(comparisonForms(['軟體，ＡＢＣ１２３！'])).toEqual(['软件abc123']);
    expect(comparisonForms(['(dMRI)研究'])).toEqual(['dmri研究']);
  });

  it('pairs simplified and Taiwan wording despite regional vocabulary (软件/軟體, 计算机/電腦)', () => {
    const a = ['这家公司开发的软件运行在计算机上，速度很快。', '今天天气很好，我们去公园散步。'];
    const b = ['這家公司開發的軟體執行在電腦上，速度很快。', '今天天氣很好，我們去公園散步。'];
    const r = align(a, b);
    expect(r.pairs.map((d) => [d.a, d.b])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(r.pairs[0].score).toBeGreaterThan(0.5);
    expect(r.pairs[0].score).toBeLessThan(r.pairs[1].score); // vocabulary differences cost something
  });

  it('finds a 2-1 merge and a 1-2 split', () => {
    const a = ['第一段讲的是城市的历史。', '第二段讲的是城市的交通。', '第三段讲的是城市的饮食，有很多小吃。还有很多老字号。'];
    const b = ['第一段講的是城市的歷史。第二段講的是城市的交通。', '第三段講的是城市的飲食，有很多小吃。', '還有很多老字號。'];
    const r = align(a, b);
    expect(r.pairs.map((d) => [d.a, d.b])).toEqual([[[0, 1], [0]], [[2], [1, 2]]]);
  });

  it('scores a heavily edited pair lower than a faithful one', () => {
    const r = align(['研究团队在实验室里工作了整整十年，终于得到了结果。', '会议在北京召开。'], ['研究团队在实验室里工作了整整十年，终于得到了结果。', '会议于上海举行。']);
    expect(r.pairs[0]).toEqual({ a: [0], b: [0], score: 1 });
    // The rewritten sentence shares one word: either left unpaired or paired with a score that asks for a check.
    const second = r.pairs.find((d) => d.a.includes(1))!;
    expect(second.b.length === 0 || second.score < 0.5).toBe(true);
  });
});

describe('align: bad input gets a sensible result, never a crash', () => {
  it('empty sides', () => {
    expect(align([], []).pairs).toEqual([]);
    expect(align('', '\n  \n').pairs).toEqual([]);
  });

  it('one side only: every paragraph unpaired, fully sure', () => {
    const r = align('一\n二\n三', []);
    expect(r.pairs).toEqual([0, 1, 2].map((i) => ({ a: [i], b: [], score: 1 })));
    expect(align([], ['只有这一段']).pairs).toEqual([{ a: [], b: [0], score: 1 }]);
  });

  it('very unequal lengths: the one paragraph finds its partner among hundreds', () => {
    const many = paras('opencc/golden/input.txt');
    const k = Math.floor(many.length / 2);
    const r = align([many[k]], many);
    expectCover(r.pairs, 1, many.length);
    expect(r.pairs.find((d) => d.a.length)!.b).toEqual([k]);
  });

  it('duplicated short lines pair in order', () => {
    const r = align(['好', '好', '好', '结束了'], ['好', '好', '结束了']);
    expectCover(r.pairs, 4, 3);
    expect(r.pairs.filter((d) => d.a.length && d.b.length)).toHaveLength(3);
    expect(r.pairs.at(-1)).toMatchObject({ a: [3], b: [2] });
  });

  it('symbol-only and junk paragraphs do not crash', () => {
    const r = align(['***', '\u0000\uFFFD', '正文'], ['***', '正文', '']);
    expectCover(r.pairs, 3, 3);
    expect(r.pairs.some((d) => d.a[0] === 2 && d.b[0] === 1)).toBe(true);
  });

  it('refuses non-strings with a ZhnormError', () => {
    expect(() => align([1 as unknown as string], [])).toThrow(ZhnormError);
    expect(() => align({} as unknown as string, [])).toThrow(/BAD_INPUT|must be a string/);
  });

  it('property: beads always in order and covering, for random short paragraphs', () => {
    const para = fc.array(fc.constantFrom('好', '的', '中国', '研究', 'AI', '，', '。', ' ', '軟體', '软件'), { maxLength: 6 }).map((x) => x.join(''));
    fc.assert(
      fc.property(fc.array(para, { maxLength: 25 }), fc.array(para, { maxLength: 25 }), (a, b) => {
        const r = align(a, b, { repair: false });
        expectCover(r.pairs, a.length, b.length);
      }),
      { numRuns: 60 },
    );
  });
});
