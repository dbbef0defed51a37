import { describe, expect, it } from 'vitest';
import { segmentCost, wordCost } from '../src/text/words.js';
import { textCost } from '../src/text/model.js';

describe('segmentCost (word-level model)', () => {
  it('knows words in simplified and traditional form', () => {
    expect(wordCost('范围')).toBeDefined();
    expect(wordCost('範圍')).toBeDefined();
    expect(wordCost('相信')).toBeDefined();
    expect(wordCost('範兩')).toBeUndefined();
  });

  it('prefers the word over its look-alike where the character model is a tie', () => {
    // The character model puts these within a nat of each other (or the wrong way round).
    expect(segmentCost('在全球範圍內,')).toBeLessThan(segmentCost('在全球範圍兩,'));
    expect(segmentCost('不是孤立的,')).toBeLessThan(segmentCost('不是孤立地,'));
    expect(segmentCost('我鄭重宣誓')).toBeLessThan(segmentCost('我鄭種宣誓'));
    expect(segmentCost('我郑重宣誓')).toBeLessThan(segmentCost('我郑种宣誓'));
  });

  it('scores a real sentence below the same characters shuffled', () => {
    const real = '我們在世界範圍內幾乎沒有可以借鑒的路徑';
    const cs = [...real];
    // A fixed permutation (reversal, then swap neighbours): same characters, no words.
    const shuffled = cs.reverse().map((_, i, a) => a[i ^ 1] ?? a[i]).join('');
    expect(shuffled).not.toBe(real);
    expect(segmentCost(real) + 10).toBeLessThan(segmentCost(shuffled));
  });

  it('is the sum of its parts across non-Han text and never worse than reading it char by char plus penalties', () => {
    expect(segmentCost('')).toBe(0);
    // Across a comma the two halves are segmented independently.
    const a = segmentCost('世界範圍');
    const b = segmentCost('幾乎沒有');
    expect(segmentCost('世界範圍,幾乎沒有')).toBeCloseTo(a + segmentCost(',') + b, 6);
    // Text with no Han characters costs what the character model says.
    expect(segmentCost('abc 123')).toBeCloseTo(textCost('abc 123'), 6);
  });

  it('is linear: a long text is costed quickly', () => {
    const long = '我們在世界範圍內幾乎沒有可以借鑒的路徑，'.repeat(2000);
    const t0 = performance.now();
    const c = segmentCost(long);
    expect(Number.isFinite(c)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(c).toBeCloseTo(2000 * segmentCost('我們在世界範圍內幾乎沒有可以借鑒的路徑，'), -1);
  });

  it('reads a run next to · as a transliterated name', () => {
    // 平克尼 (Pinckney) is in no dictionary; 年 is a common word, 尼 a common transliteration.
    expect(segmentCost('查爾斯·平克尼')).toBeLessThan(segmentCost('查爾斯·平克年'));
    expect(segmentCost('亞伯拉罕·鮑德溫')).toBeLessThan(segmentCost('亞伯拉罕·鮑德準'));
    // Without the ·, nothing marks a name: the common word wins, as in the character model.
    expect(segmentCost('平克年')).toBeLessThan(segmentCost('平克尼'));
  });
});
