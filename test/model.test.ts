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

describe('strict double-byte decoding in JavaScript', () => {
  it('agrees with TextDecoder(fatal) on every two-byte sequence of gbk and big5', async () => {
    const { decodeDoubleByteStrict } = await import('../src/encoding/tables.js');
    // Node's ICU decoders accept a few bytes WHATWG defines as errors (0xFF in gbk; 0x80 and the
    // unassigned leads 0x81–0x86 in big5); there the JS decoder must say invalid (null).
    const nodeLax = (label: string, a: number, b: number): boolean =>
      label === 'gbk' ? a === 0xff || b === 0xff : a === 0x80 || b === 0x80 || (a >= 0x81 && a <= 0x86) || b === 0xff || a === 0xff;
    let checked = 0;
    for (const label of ['gbk', 'big5']) {
      const td = new TextDecoder(label, { fatal: true });
      for (let a = 0; a < 256; a++) {
        for (let b = 0; b < 256; b++) {
          const got = decodeDoubleByteStrict([a, b], label);
          if (got === undefined) continue; // a four-byte GB18030 start: left to TextDecoder
          if (nodeLax(label, a, b)) {
            if (got !== null) expect(got).toBe(td.decode(Uint8Array.of(a, b)));
            continue;
          }
          let ref: string | null;
          try {
            ref = td.decode(Uint8Array.of(a, b));
          } catch {
            ref = null;
          }
          if (got !== ref) expect([label, a, b, got]).toEqual([label, a, b, ref]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(120_000);
    expect(decodeDoubleByteStrict([0xd6, 0xd0], 'gbk')).toBe('中');
    expect(decodeDoubleByteStrict([0x81, 0x30, 0x81, 0x30], 'gbk')).toBeUndefined();
    expect(decodeDoubleByteStrict([0xd6], 'gbk')).toBeNull(); // truncated
    expect(decodeDoubleByteStrict([0xd6, 0xd0], 'shift_jis')).toBeUndefined();
  });
});
