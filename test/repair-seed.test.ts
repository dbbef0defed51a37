import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repair } from '../src/repair/repair.js';
import { meanCost } from '../src/text/model.js';
import { FIXTURES, readSeed } from './helpers/paths.js';
import { seedCer } from './helpers/seed-cer.js';
import { damage, gbkRoundTrip } from './helpers/annotation-damage.js';
import type { RepairResult } from '../src/types.js';

// A reading in parentheses as the annotator wrote it: lower-case pinyin with at least one tone mark.
const TONED = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńň][a-zü]*';
const ANNOTATION = new RegExp(String.raw`\(${TONED}\)`);
const SPLIT = new RegExp(String.raw`\?${TONED}\)`);

const lines = (t: string): string[] => t.split(/\r?\n/);

describe('seed pages', () => {
  const fixed: Record<string, RepairResult> = {};
  beforeAll(() => {
    for (const s of ['s000', 's002', 's003'] as const) fixed[s] = repair(readSeed(s));
  }, 60_000);

  it('000 repaired is within 1.5% CER of its clean twin 001 (both simplified)', () => {
    const raw = seedCer(readSeed('s000'), readSeed('s001'));
    const r = seedCer(fixed.s000.text, readSeed('s001'));
    expect(r.paragraphs).toBe(87);
    expect(raw.cer).toBeGreaterThan(0.5); // the damage is real: most paragraphs are unreadable as they stand
    expect(r.cer).toBeLessThanOrEqual(0.015);
  });

  it.each(['s000', 's002', 's003'] as const)('%s: no annotation or split reading left, line count kept', (s) => {
    const before = readSeed(s);
    const after = fixed[s].text;
    expect(lines(after)).toHaveLength(lines(before).length);
    expect(before).toMatch(ANNOTATION); // there was damage to undo
    for (const l of lines(after)) {
      expect(l).not.toMatch(ANNOTATION);
      expect(l).not.toMatch(SPLIT);
    }
  });

  it.each(['s000', 's002', 's003'] as const)('%s: no shifted run left after any `?`', (s) => {
    // Shifted runs follow a `?` (or `?reading)`): probe the characters there with the text model.
    // The bound comes from the clean twin 001 (its least plausible 6 characters), not from the repair.
    const worst6 = (l: string): number => {
      let w = 0;
      for (const run of l.split(/[\x00-\x7f]+/)) {
        const cs = [...run];
        for (let i = 0; i + 6 <= cs.length; i++) w = Math.max(w, meanCost(cs.slice(i, i + 6).join('')));
      }
      return w;
    };
    const bound = Math.max(...lines(readSeed('s001')).map(worst6)) + 0.5;
    const probe = (t: string): [number, string][] =>
      [...t.matchAll(/\?(?:[a-zü\u00e0-\u01dc]{1,7}\))?([^\x00-\x7f]{4,6})/g)].map((m) => [meanCost(m[1]), m[0]]);
    expect(probe(readSeed(s)).some(([c]) => c > bound)).toBe(true); // the probe sees the damage
    for (const [c, at] of probe(fixed[s].text)) expect(c, at).toBeLessThanOrEqual(bound);
  });

  it('002: the stray annotation after a Latin letter, the `?!` spots and the </p> are gone', () => {
    const t = fixed.s002.text;
    expect(t).toContain('曾令AI圈震驚');
    expect(t).toContain('無法真正創新。”十個月過去'); // a `?!` with nothing lost after it: no byte put back
    expect(t).toContain('中國體系就會失效。”如果真是這樣,那美國'); // 果真 lost its middle bytes (issue 6)
    expect(t).toContain('正在瓦解。”\n');
    expect(t).not.toContain('</p>');
  });

  it('reports every change with its kind, and nothing else changes', () => {
    const kinds = new Set(fixed.s000.fixes.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['gbk-split', 'html-remnant', 'pinyin-annotation']);
    const src = lines(readSeed('s000'));
    const out = lines(fixed.s000.text);
    const touched = new Set(fixed.s000.fixes.map((f) => f.line));
    src.forEach((l, i) => {
      if (!touched.has(i)) expect(out[i]).toBe(l);
    });
    for (const f of fixed.s000.fixes) expect(f.before).not.toBe(f.after);
  });

  it.each(['s001', 's004'] as const)('clean %s comes back byte for byte, without fixes', (s) => {
    const r = repair(readSeed(s));
    expect(r.text).toBe(readSeed(s));
    expect(r.fixes).toEqual([]);
  });
});

describe('generated damage on text never seen', () => {
  // The mechanism reproduced on 001's lines and on OpenCC's golden traditional text.
  const sources = [
    readSeed('s001'),
    readFileSync(join(FIXTURES, 'opencc/golden/us_constitution_zhs.s2t.txt'), 'utf8'),
  ];
  it.each(['seed', 'whatwg'] as const)('damages most lines and restores at least 95%% of them exactly (%s decoder)', (decoder) => {
    let damaged = 0;
    let restored = 0;
    for (const src of sources)
      for (const raw of lines(src).map((l) => l.trim()).filter((l) => /\p{Script=Han}/u.test(l))) {
        const target = gbkRoundTrip(raw); // characters GBK lacks are lost to `?` before any damage
        const d = damage(target, decoder);
        if (d === target) continue;
        damaged++;
        if (repair(d).text === target) restored++;
      }
    expect(damaged).toBeGreaterThan(200);
    expect(restored / damaged).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('the generator reproduces the examples of the corruption note exactly', () => {
    expect(damage('面向學術界')).toBe('面向?qū)W術(shù)界');
    expect(damage('也正因為如此，Inter')).toBe('也正因?yàn)槿绱耍琁nter');
    expect(damage('曾令AI圈')).toBe('曾令A(yù)I圈');
  });
});
