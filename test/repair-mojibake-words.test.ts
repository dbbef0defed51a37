import { describe, expect, it } from 'vitest';
import { repair } from '../src/repair/repair.js';

// 古文码 with a lost byte, where the lost byte decides between two characters that differ only in
// their last UTF-8 byte: the character model alone picks the wrong one, the word model the right
// one. Each damaged form is computed here from the original, which is the expectation.
const gbkRead = (s: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(s));

describe('utf8-as-gbk: the word model chooses the lost byte', () => {
  it('用 (E7 94 A8) and 生 (E7 94 9F) share their first two bytes: 可能用5年, not 可能生5年', () => {
    expect(Array.from(new TextEncoder().encode('用生'), (b) => b.toString(16))).toEqual(['e7', '94', 'a8', 'e7', '94', '9f']);
    const original = '中国很有可能用5年就能达到';
    const d = gbkRead(original);
    expect(d).toContain('\ufffd'); // the A8 before the digit 5 was lost
    for (const damaged of [d.replaceAll('\ufffd', '?'), d.replaceAll('\ufffd', '')]) {
      const r = repair(damaged);
      expect(r.text).toBe(original);
      expect(new Set(r.fixes.map((f) => f.kind))).toEqual(new Set(['utf8-as-gbk']));
    }
  });

  it('restores names of the US Constitution signers (fixtures/opencc/golden/input.txt) next to a ·', () => {
    for (const original of ['乔治·克莱默', '亚伯拉罕·鲍德温']) {
      const d = gbkRead(original);
      expect(d.endsWith('\ufffd')).toBe(true);
      for (const damaged of [d.replaceAll('\ufffd', '?'), d.replaceAll('\ufffd', '')]) expect(repair(damaged).text).toBe(original);
    }
  });

  it('still leaves the clean originals alone', () => {
    for (const clean of ['中国很有可能用5年就能达到', '乔治·克莱默', '亚伯拉罕·鲍德温']) expect(repair(clean)).toMatchObject({ text: clean, fixes: [] });
  });
});
