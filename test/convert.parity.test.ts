// OpenCC's own conformance data (fixtures/opencc, Apache-2.0): every test case and golden file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert, OPENCC_CONFIGS, type OpenCCConfig } from '../src/index.js';
import * as fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { CONFIG_VARIANTS } from '../src/convert/configs.js';
import { ROOT } from './helpers/paths.js';

const DIR = join(ROOT, 'fixtures/opencc');

interface Case {
  id: string;
  input: string;
  expected: Partial<Record<OpenCCConfig, string>>;
}

// OpenCC's file has trailing commas; drop them outside strings (no case text contains ",}" or ",]").
const raw = readFileSync(join(DIR, 'testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1');
const cases = (JSON.parse(raw) as { cases: Case[] }).cases;
const triples = cases.flatMap((c) =>
  Object.entries(c.expected).map(([config, expected]) => ({ id: c.id, input: c.input, config: config as OpenCCConfig, expected: expected as string })),
);

describe('OpenCC test cases', () => {
  it('the fixture holds all 543 triples over the 16 configs', () => {
    expect(triples).toHaveLength(543);
    expect(new Set(triples.map((t) => t.config))).toEqual(new Set(OPENCC_CONFIGS));
  });

  it('every triple converts exactly as OpenCC expects', () => {
    const failures = triples
      .filter((t) => convert(t.input, { config: t.config }) !== t.expected)
      .map((t) => `${t.id} ${t.config}: ${convert(t.input, { config: t.config })} ≠ ${t.expected}`);
    expect(failures).toEqual([]);
  });

  it('the tofu-risk cases need the tofu-risk table: without it t2s keeps 殢 圞 樠', () => {
    expect(convert('殢云尤雨 剔團圞月 樠', { config: 't2s' })).toBe('𣨼云尤雨 剔团𪢮月 𣗊');
    expect(convert('殢云尤雨 剔團圞月 樠', { config: 't2s', tofuRisk: false })).toBe('殢云尤雨 剔团圞月 樠');
    // Also through the regional T→S configs that share OpenCC's TS group.
    expect(convert('殢', { config: 'tw2s' })).toBe('𣨼');
    expect(convert('殢', { config: 'hk2sp', tofuRisk: false })).toBe('殢');
  });
});

describe('OpenCC golden files', () => {
  const input = readFileSync(join(DIR, 'golden/input.txt'), 'utf8');
  const goldens = readdirSync(join(DIR, 'golden')).filter((f) => f !== 'input.txt');

  for (const file of goldens.filter((f) => !f.includes('_jieba'))) {
    const config = file.split('.')[1] as OpenCCConfig;
    it(`${file} matches byte for byte`, () => {
      expect(convert(input, { config })).toBe(readFileSync(join(DIR, 'golden', file), 'utf8'));
    });
  }

  // The _jieba goldens come from OpenCC's jieba segmentation plugin (a statistical segmenter we
  // do not ship): we do not claim them. What we check is that they differ from the longest-match
  // goldens only in segmentation choices, i.e. both are conversions of the same input line by line.
  it('the _jieba goldens are the same text as our output apart from segmentation-dependent characters', () => {
    for (const file of goldens.filter((f) => f.includes('_jieba'))) {
      const config = file.split('.')[1].replace('_jieba', '') as OpenCCConfig;
      const ours = convert(input, { config }).split('\n');
      const jieba = readFileSync(join(DIR, 'golden', file), 'utf8').split('\n');
      expect(jieba.length).toBe(ours.length);
      let differing = 0;
      let total = 0;
      for (let l = 0; l < ours.length; l++) {
        const a = [...ours[l]];
        const b = [...jieba[l]];
        expect(b.length, `${file} line ${l + 1}`).toBe(a.length);
        for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differing++;
        total += a.length;
      }
      // They do differ (e.g. 出/齣, 復/複), which is why we cannot claim them, but only slightly.
      expect(differing).toBeGreaterThan(0);
      expect(differing / total).toBeLessThan(0.01);
    }
  });
});

describe('agreement with opencc-js (an independent implementation of the same rules and data)', () => {
  // Random mixes of phrase fragments, characters that change, ideographic description sequences,
  // astral characters and compatibility ideographs. opencc-js lacks the tofu-risk table, so the
  // comparison turns it off.
  const pieces = ['低级', '别', '软件', '服务器', '头发', '干', '后', '面', '乾隆', '老挝', '的', '了', '⿰', '⿱', '氵', '青', '𣨼', '殢', '\uF900', '漢字', '臺灣', '網路', '着', 'a', ' ', '。', '\n', '了解', '发', '髮', '芸術', '弁'];
  const configs = ['s2twp', 's2hk', 'tw2sp', 't2s', 'hk2t', 'jp2t'] as const;
  const peers = new Map(configs.map((c) => [c, OpenCC.Converter(CONFIG_VARIANTS[c] as never) as (s: string) => string]));

  it('gives the same output on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.constantFrom(...configs), (parts, config) => {
        const text = parts.join('');
        expect(convert(text, { config, tofuRisk: false })).toBe((peers.get(config) as (s: string) => string)(text));
      }),
      { numRuns: 300 },
    );
  });
});
