import { describe, expect, it } from 'vitest';
import { meanCost, scriptOf, textCost } from '../src/text/model.js';

// Pairs of (original, damaged) taken from docs of the damage: the corruption-model note
// (seed pages) and the classic mojibake forms of 中文 / 发送时间, checked by hand with TextDecoder.
const PAIRS: [string, string][] = [
  ['們在世界範圍內', '們?cè)谑澜绶秶鷥?nèi)'],
  ['面向學術界', '面向?qū)W術界'],
  ['失效。”如果真是這樣', '失效?！比绻媸沁@樣'],
  ['中文', 'ä¸­æ–‡'], // UTF-8 read as windows-1252
  ['中文', 'ÖÐÎÄ'], // GBK read as Latin-1
  ['发送时间', '鍙戦€佹椂闂'], // UTF-8 read as GBK
];

describe('text model', () => {
  it.each(PAIRS)('prefers the original %s over its damaged form %s', (good, bad) => {
    expect(textCost(good)).toBeLessThan(textCost(bad));
    expect(meanCost(good)).toBeLessThan(meanCost(bad));
  });

  it('ranks a common word below a random sequence of rare characters', () => {
    expect(textCost('我們的')).toBeLessThan(textCost('鷥谑绶'));
  });

  it('tells the scripts apart', () => {
    expect(scriptOf('这些年轻科学家不再满足于').script).toBe('simplified');
    expect(scriptOf('這些年輕科學家不再滿足於').script).toBe('traditional');
    expect(scriptOf('hello 123').script).toBe('neutral');
  });

  it('costs nothing for empty text and stays finite on odd input', () => {
    expect(textCost('')).toBe(0);
    expect(meanCost('')).toBe(0);
    expect(Number.isFinite(textCost('\u0000\ud800\ufffd\u{10ffff}'))).toBe(true);
  });
});

describe('legacy encoders', () => {
  it('windows-1252 encodes the 0x80–0x9F characters (Node decodes that label as Latin-1)', async () => {
    const { encodeLegacy } = await import('../src/encoding/tables.js');
    // Code page 1252 facts: € 0x80, “ 0x93, ” 0x94, — 0x97; ä 0xE4.
    expect(Array.from(encodeLegacy('€“”—ä', 'windows-1252')!)).toEqual([0x80, 0x93, 0x94, 0x97, 0xe4]);
    // GBK facts from the corruption-model note: 們 82 83, 在 D4 DA.
    expect(Array.from(encodeLegacy('們在', 'gbk')!)).toEqual([0x82, 0x83, 0xd4, 0xda]);
    expect(encodeLegacy('😀', 'gbk')).toBeNull();
  });
});
