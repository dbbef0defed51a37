import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repair } from '../src/repair/repair.js';
import { guessSegmentCost } from '../src/repair/mojibake/guess-words.js';
import { segmentCost } from '../src/text/words.js';

// 古文码 with lost bytes: UTF-8 read as GBK, the U+FFFD of each lost byte saved as `?` or dropped.
// Every expectation below is the original text; the damaged form is computed here from it. Each
// example was checked by hand against the repair as it was before the joint pass (commit 547b19a),
// which got it wrong (what it gave is in the comments).
const gbkRead = (s: string): string => new TextDecoder('gbk').decode(new TextEncoder().encode(s));
const damage = (s: string, dropped: boolean): string => gbkRead(s).replaceAll('\ufffd', dropped ? '' : '?');

/**
 * The Han lines of the US Constitution in Chinese (OpenCC golden files), damaged as the repair
 * bench damages them (only lines that lost a byte; `?` on even lines, dropped on odd ones) and
 * repaired as one document: original line → repaired line.
 */
function constitution(file: string): Map<string, string> {
  const text = readFileSync(new URL(`../fixtures/opencc/golden/${file}`, import.meta.url), 'utf8');
  const originals = [...new Set(text.split(/\r?\n/).filter((l) => /[\u4e00-\u9fff]/.test(l) && l.trim() === l))];
  const pairs = originals
    .map((s, i) => [s, gbkRead(s).includes('\ufffd') ? damage(s, i % 2 === 1) : null] as const)
    .filter((p): p is readonly [string, string] => p[1] !== null);
  const repaired = repair(pairs.map((p) => p[1]).join('\n')).text.split('\n');
  return new Map(pairs.map(([s], k) => [s, repaired[k]]));
}

describe('utf8-as-gbk: guesses made with the whole line and the whole document', () => {
  const out = constitution('input.txt');
  const trad = constitution('us_constitution_zhs.s2tw.txt');

  it('第 二 条: every character lost its last byte, and each is decided by its neighbours guesses', () => {
    // 第 (E7 AC AC), 二 (E4 BA 8C), 条 (E6 9D A1): three runs of three bytes, each losing its last.
    expect(damage('第 二 条', true)).toBe('绗 浜 鏉');
    // Alone, 浜 + a byte is most likely 人 and 鏉 + a byte 来 (the old result: 第 人 来); read as
    // one word through the spacing, 第二条 wins.
    for (const s of ['第 一 条', '第 二 条', '第 三 条', '第 四 条']) expect(out.get(s)).toBe(s);
  });

  it('第 三 条: 0x80 is never the lost byte when the decoder read a lone 0x80 as €', () => {
    // WHATWG gbk reads 0x80 as €, so E4 B8 80 (一) never loses a byte: 涓€. Only the other
    // continuation bytes, which are GBK lead bytes, meet the space as a broken pair.
    for (let b = 0x80; b <= 0xbf; b++) {
      const lost = new TextDecoder('gbk').decode(Uint8Array.of(0xe4, 0xb8, b, 0x20)).includes('\ufffd');
      expect(lost).toBe(b !== 0x80);
    }
    expect(out.get('第 三 条')).toBe('第 三 条'); // was 第 一 来: 一 (E4 B8 80) is not a candidate
  });

  it('a list item ends with ；, the mark this document writes (never ！), though each line alone cannot tell', () => {
    // ；(EF BC 9B) and ！(EF BC 81) differ only in the lost byte; the document uses ； 27 times unguessed.
    for (const s of ['以合众国之信用借款；', '保障著作家和发明家对各自著作和发明在一定期限内的专有权利，以促进科学和实用技艺之进步；'])
      expect(out.get(s)).toBe(s); // were …借款， and …之进步！
  });

  it('a lone character that is a character itself (姊, E6 A2) is believed damaged among damaged neighbours', () => {
    // 條 is E6 A2 9D; with the 9D dropped, GBK reads E6 A2 as 姊 (the old result: 第 人 姊).
    expect(damage('第 二 條', true)).toBe('绗 浜 姊');
    for (const s of ['第 二 條', '第 三 條']) expect(trad.get(s)).toBe(s);
    // Alone, or next to clean text, 姊 stays.
    for (const clean of ['姊', '第 二 姊', '他的姊 Anna']) expect(repair(clean)).toMatchObject({ text: clean, fixes: [] });
  });

  it('a colon before a quotation: 如下：-- “我鄭重宣誓 (was 如下，)', () => {
    const line = [...trad.keys()].find((s) => s.startsWith('在他就職之前'));
    expect(line).toContain('如下：-- “');
    expect(trad.get(line!)).toBe(line);
  });

  it('a date between digits: 9月17日, not 9有17日', () => {
    expect(out.get('1787年9月17日于费城')).toBe('1787年9月17日于费城'); // 月 E6 9C 88, 有 E6 9C 89
  });
});

describe('utf8-as-gbk: evidence on the line', () => {
  it('decodes the no-break space (C2 A0, read as GBK 聽) inside a damaged run', () => {
    const original = '在AI\u00a0這樣一個領域裡';
    expect(gbkRead(original)).toContain('聽');
    for (const dropped of [false, true]) expect(repair(damage(original, dropped)).text).toBe(original);
    // 聽 in clean text is the character it is.
    for (const clean of ['聽說他們在聽音樂', '我聽 you 說']) expect(repair(clean)).toMatchObject({ text: clean, fixes: [] });
  });

  it('before a digit, the words that lead numbers: 约80年, 共14人 (were 级80年, 其14人)', () => {
    for (const original of ['平均约80年。', '团队共14人,平均年龄约30岁'])
      for (const dropped of [false, true]) expect(repair(damage(original, dropped)).text).toBe(original);
  });

  it('keeps to the script of the text: 回顾 in simplified text (was 回顧)', () => {
    const original = '这是一次回顾,也是展望';
    for (const dropped of [false, true]) expect(repair(damage(original, dropped)).text).toBe(original);
  });

  it('closes an open title mark: 《知識分子》 (was 《知識分子。)', () => {
    const original = '張帆則告訴《知識分子》,在中國做醫療AI';
    for (const dropped of [false, true]) expect(repair(damage(original, dropped)).text).toBe(original);
  });
});

describe('guessSegmentCost: the word model with the two-character words it leaves out', () => {
  it('prefers a rarer dictionary word where the general model prefers two frequent characters', () => {
    // jieba counts 病例 394, 集群 216, 家园 445, 路径 486 times (below the word model's 3000 cut-off);
    // 病來, 集美 as a word, 家国 and 路得 are what the lost byte gives otherwise.
    for (const [right, wrong] of [
      ['十個病例', '十個病來'],
      ['产业集群', '产业集美'],
      ['精神家园', '精神家国'],
      ['借鑑的路徑', '借鑑的路得'],
    ]) {
      expect(segmentCost(right)).toBeGreaterThan(segmentCost(wrong));
      expect(guessSegmentCost(right)).toBeLessThan(guessSegmentCost(wrong));
    }
  });

  it('is never costlier than the general word model', () => {
    for (const s of ['查爾斯·平克尼', '第二条', '中国很有可能用5年就能达到']) expect(guessSegmentCost(s)).toBeLessThanOrEqual(segmentCost(s));
  });
});

describe('utf8-as-latin1 with U+FFFD for the bytes windows-1252 leaves undefined: the word model too', () => {
  it('參眾兩院 (參 is E5 8F 83: the 8F became U+FFFD), not 千眾兩院 (千 is E5 8D 83)', () => {
    const original = '參眾兩院議員';
    const damaged = iconv.decode(Buffer.from(new TextEncoder().encode(original)), 'windows-1252');
    expect(damaged.startsWith('å\ufffd')).toBe(true);
    expect(repair(damaged).text).toBe(original); // the character model alone gave 千眾兩院議員
  });
});
