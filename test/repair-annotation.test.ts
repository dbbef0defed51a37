import { describe, expect, it } from 'vitest';
import { repair } from '../src/repair/repair.js';
import { annotationSplitFixer, htmlRemnantFixer } from '../src/repair/annotation/index.js';
import { bytesPinnedBy, hasReading } from '../src/repair/annotation/readings.js';
import type { Fix } from '../src/types.js';
import { encodeLegacy } from '../src/encoding/tables.js';
import { damage, gbkRoundTrip } from './helpers/annotation-damage.js';
import { readSeed } from './helpers/paths.js';

// Expected values come from the corruption-model note (fixtures/repair-seed/README.md), checked
// byte by byte with the platform's TextDecoder('gbk') below, not from the repair's output.
const gbk = (bytes: number[]): string => new TextDecoder('gbk').decode(new Uint8Array(bytes));
const bytesOf = (s: string): number[] => [...encodeLegacy(s, 'gbk')!];

/** Applies a fixer's fixes to its input line, right to left, as a reader replaying the report would. */
function replay(line: string, fixes: Fix[]): string {
  let s = line;
  for (const f of [...fixes].sort((a, b) => b.column! - a.column!)) {
    expect(s.slice(f.column!, f.column! + f.before.length)).toBe(f.before);
    s = s.slice(0, f.column!) + f.after + s.slice(f.column! + f.before.length);
  }
  return s;
}

describe('readings table (pinyin-pro data)', () => {
  it('knows the readings the seed pages were annotated with', () => {
    expect(hasReading(0x83d4, 'cè')).toBe(true); // 冊
    expect(hasReading(0xf28c, 'qū')).toBe(true); // 驅
    expect(hasReading(0xf29e, 'yàn')).toBe(true); // 驗
    expect(hasReading(0xee41, 'yù')).toBe(true); // 預
    expect(hasReading(0x83d4, 'cé')).toBe(false);
  });
  it('keeps every reading of a character with several (長: cháng and zhǎng)', () => {
    const code = 0xe94c; // 長 in GBK
    expect(gbk([0xe9, 0x4c])).toBe('長');
    expect(hasReading(code, 'cháng')).toBe(true);
    expect(hasReading(code, 'zhǎng')).toBe(true);
  });
  it('pins a lost byte from the byte before it and a reading: 83 + cè → D4 (冊)', () => {
    expect(bytesPinnedBy(0x83, 'cè')).toEqual([0xd4]);
    expect(gbk([0x83, 0xd4])).toBe('冊');
  });
});

describe('html-remnant', () => {
  it('empties a line made only of tags (the line stays)', () => {
    const line = '<cite id="ffb66"></cite><cite id="ffb66"><track id="ffb66"></track></cite>';
    const r = htmlRemnantFixer.fix(line, 3)!;
    expect(r.text).toBe('');
    expect(r.fixes).toHaveLength(1);
    expect(r.fixes[0]).toMatchObject({ line: 3, kind: 'html-remnant', before: line, after: '' });
    expect(htmlRemnantFixer.fix('      <legend id="ffb66"><li id="ffb66"></li></legend>', 0)!.text).toBe('');
  });
  it('removes a one-letter tag when its closing tag is there too', () => {
    expect(htmlRemnantFixer.fix('這是<b>重點</b>內容', 0)!.text).toBe('這是重點內容');
    expect(htmlRemnantFixer.fix('<p>', 0)!.text).toBe('');
  });
  it('removes a tag inside text and reports where', () => {
    const r = htmlRemnantFixer.fix('正在瓦解。”</p>', 0)!;
    expect(r.text).toBe('正在瓦解。”');
    expect(r.fixes[0]).toMatchObject({ kind: 'html-remnant', before: '</p>', after: '', column: 6 });
  });
  it.each(['a < b > c', 'List<String> xs = new ArrayList<>();', 'I <3 中文', 'x<y && y>z', '<notatag id="1">', '用 <T> 表示類型', 'a<b>c', '若 x<i> 則'])(
    'leaves %s alone',
    (line) => {
      expect(htmlRemnantFixer.fix(line, 0)).toBeNull();
      expect(repair(line).text).toBe(line);
    },
  );
});

describe('pinyin annotations', () => {
  it('strips readings that belong to the character before: 網(wǎng)易首頁(yè) → 網易首頁', () => {
    const line = '網(wǎng)易首頁(yè) > 網(wǎng)易號(hào)';
    const r = annotationSplitFixer.fix(line, 2)!;
    expect(r.text).toBe('網易首頁 > 網易號');
    expect(r.fixes.map((f) => [f.kind, f.before, f.column])).toEqual([
      ['pinyin-annotation', '(wǎng)', 1],
      ['pinyin-annotation', '(yè)', 10],
      ['pinyin-annotation', '(wǎng)', 18],
      ['pinyin-annotation', '(hào)', line.indexOf('(hào)')],
    ]);
    expect(replay(line, r.fixes)).toBe(r.text);
    expect(r.fixes.every((f) => f.line === 2 && f.after === '')).toBe(true);
  });
  it('accepts any reading of the character, not just its first (很長(zhǎng)一段)', () => {
    expect(repair('在很長(zhǎng)一段時(shí)間里').text).toBe('在很長一段時間里');
  });
  it.each([
    '中國國際投資促進會(ITPO China',
    '瀰散磁共振(dMRI)研究',
    '報告(2025, July)指出',
    '一切正常(ok)',
    '網(wang)易', // no tone mark and not a reading in the table
    '中(yè)國', // a reading, but not of 中
    '括號內(注意)',
  ])('keeps genuine parentheses: %s', (line) => {
    expect(repair(line).text).toBe(line);
    expect(repair(line).fixes).toEqual([]);
  });
  it('removes a stray annotation after a Latin letter from the bytes (令 C1 EE + A 41: EE 41 = 預 yù)', () => {
    expect(gbk([0xee, 0x41])).toBe('預');
    expect(repair('曾令A(yù)I圈震驚').text).toBe('曾令AI圈震驚');
  });
});

describe('GBK splits', () => {
  it('rebuilds a split character and the shifted run after it: 們?cè)谑澜绶秶鷥?nèi) → 們在世界…圍內', () => {
    // 們 82 83 | 在 D4 DA …: the annotator saw 83 D4 = 冊 (cè) and wrote its reading after D4;
    // inside the run, 鷥 ends with 83 and 83 C8 = 內 (nèi). Put both bytes back by hand, decode.
    expect(bytesOf('們')).toEqual([0x82, 0x83]);
    expect(bytesOf('在')).toEqual([0xd4, 0xda]);
    expect(gbk([0x83, 0xd4])).toBe('冊');
    expect(bytesOf('鷥').at(-1)).toBe(0x83);
    expect(gbk([0x83, 0xc8])).toBe('內');
    const expected = gbk([...bytesOf('當時他們'), 0xd4, ...bytesOf('谑澜绶秶鷥'), 0xc8, ...bytesOf('幾乎沒有')]);
    expect(expected).toMatch(/^當時他們在世界.圍內幾乎沒有$/);
    const line = '當時他們?cè)谑澜绶秶鷥?nèi)幾乎沒有';
    const r = annotationSplitFixer.fix(line, 0)!;
    expect(r.text).toBe(expected);
    expect(r.fixes).toHaveLength(1);
    expect(r.fixes[0]).toMatchObject({ kind: 'gbk-split', before: '?cè)谑澜绶秶鷥?nèi)', column: 4 });
    expect(r.fixes[0].reason).toMatch(/D4/);
    expect(replay(line, r.fixes)).toBe(r.text);
  });
  it('handles a trail byte that is an ASCII letter: 面向?qū)W術(shù)界 → 面向學術界 (學 = 8C 57)', () => {
    expect(gbk([0x8c, 0x57])).toBe('學');
    expect(repair('面向?qū)W術(shù)界').text).toBe('面向學術界');
  });
  it('stops the shifted run where an ASCII byte brings the decoder back in step', () => {
    // 因 D2 F2 | 為 9E E9: F2 9E = 驗 (yàn); the run 槿绱耍琁 ends by swallowing the I of Inter.
    expect(gbk([0xd2, 0xf2, 0x9e, 0xe9, 0xc8, 0xe7, 0xb4, 0xcb, 0xa3, 0xac])).toBe('因為如此，');
    expect(repair('也正因?yàn)槿绱耍琁nternVideo才能').text).toBe('也正因為如此，InternVideo才能');
  });
  it('prefers the traditional character the annotator annotated: 都?jí)騿堋 → 都夠嗆 (BC 89 = 級, not BC B4 = 即)', () => {
    expect(gbk([0xbc, 0x89])).toBe('級');
    expect(bytesOf('都').at(-1)).toBe(0xbc);
    const expected = gbk([...bytesOf('連支付電費都'), 0x89, ...bytesOf('騿堋狢hatgpt')]);
    expect(expected.startsWith('連支付電費都夠嗆')).toBe(true);
    expect(repair('連支付電費(fèi)都?jí)騿堋狢hatgpt').text).toBe(expected);
  });
});

describe('the same damage read by a WHATWG decoder (U+FFFD, the `(` kept)', () => {
  it('pins the lost byte behind �(reading) like behind ?reading)', () => {
    const seedStyle = repair('當時他們?cè)谑澜绶秶鷥?nèi)幾乎沒有').text;
    expect(repair('當時他們\uFFFD(cè)谑澜绶秶鷥\uFFFD(nèi)幾乎沒有').text).toBe(seedStyle);
  });
  it('undoes annotation bytes decoded by TextDecoder itself, lost bytes shown as U+FFFD', () => {
    // 向 CF F2 | 學 8C 57: the annotator wrote (qū) after F2 8C = 驅; TextDecoder gives �(qū)W.
    const a = gbk([...bytesOf('面向'), 0x8c, ...bytesOf('(qū)'), 0x57, ...bytesOf('術界')]);
    expect(a).toBe('面向\uFFFD(qū)W術界');
    expect(repair(a).text).toBe('面向學術界');
    // 因 D2 F2 | 為 9E E9 | … | 。 A1 A3 at the end of the line: the run's last byte A3 is left alone → U+FFFD.
    const bytes = [...bytesOf('也正因'), 0x9e, ...bytesOf('(yàn)'), 0xe9, ...bytesOf('如此。')];
    expect(bytes.slice(-2)).toEqual([0xa1, 0xa3]);
    const b = gbk(bytes);
    expect(b.startsWith('也正因\uFFFD(yàn)')).toBe(true);
    expect(b.endsWith('\uFFFD')).toBe(true);
    expect(repair(b).text).toBe('也正因為如此。');
  });
});

describe('bare ? before a shifted run', () => {
  it('searches the missing byte: 非??壳埃呵迦A成 → 非常靠前：清華成', () => {
    // 常 B3 A3 | 靠 BF BF …: the first `?` hid B3, the second is the half-width stand-in of ？ (A3 BF),
    // whose bytes were matched across 常 and 靠.
    expect(bytesOf('常')).toEqual([0xb3, 0xa3]);
    expect(bytesOf('？')).toEqual([0xa3, 0xbf]);
    const expected = gbk([...bytesOf('中國方面,而且排名非'), 0xb3, 0xa3, 0xbf, ...bytesOf('壳埃呵迦A成了僅次于斯坦福的AI強校')]);
    expect(expected).toBe('中國方面,而且排名非常靠前：清華成了僅次于斯坦福的AI強校');
    const r = repair('中國(guó)方面,而且排名非??壳埃呵迦A成了僅次于斯坦福的AI強校');
    expect(r.text).toBe(expected);
    expect(r.fixes.map((f) => f.kind)).toEqual(['pinyin-annotation', 'gbk-split']);
  });
  it('searches only on a line that shows the annotator at work (a reading it wrote)', () => {
    // Without any annotation on the line, a bare `?` may be someone else's loss: it is left alone.
    expect(repair('而且排名非??壳埃呵迦A成了').text).toBe('而且排名非??壳埃呵迦A成了');
  });
  it('reads `?!` as 。” and puts back the two bytes lost inside 果真: 失效?!比绻媸沁@樣 → 失效。”如果真是這樣', () => {
    // The `?` hid A1 and the `!` stands for ！ = A3 A1 (。” = A1 A3 A1 B1); further on the decoder
    // lost FB D5, the middle of 果真 (B9 FB D5 E6), with no mark: B9 E6 reads 规, still in step.
    expect(bytesOf('。”')).toEqual([0xa1, 0xa3, 0xa1, 0xb1]);
    expect(bytesOf('果真')).toEqual([0xb9, 0xfb, 0xd5, 0xe6]);
    expect(gbk([0xa1, 0xa3, 0xa1, ...bytesOf('比绻媸'), 0xc7])).toBe('。”如规是');
    // The sentence as the issue and seed 002's own context give it (硅谷曾一度認為:“…就會失效。”如果真是這樣…).
    const r = repair('中國(guó)體系就會失效?!比绻媸沁@樣,那美國');
    expect(r.text).toBe('中國體系就會失效。”如果真是這樣,那美國');
    const split = r.fixes.find((f) => f.kind === 'gbk-split')!;
    expect(split.after).toBe('。”如果真是這');
    expect(split.reason).toMatch(/FB D5 put back make 果真/);
  });
  it('puts back a tag the decoder broke, then removes it: 瓦解?!?/p> → 瓦解。”', () => {
    const r = repair('“這些人才最終將加入,美國(guó)的壟斷正在瓦解?!?/p>');
    expect(r.text).toBe('“這些人才最終將加入,美國的壟斷正在瓦解。”');
    expect(r.fixes.map((f) => f.kind)).toEqual(['pinyin-annotation', 'gbk-split', 'html-remnant']);
  });
  it.each([
    '這(zhè)是什麼情況呢?',
    '這(zhè)是什麼?我不知道。這(zhè)是什麼?',
    '身在美國的圖靈獎得主杰克?唐家拉也通過視頻',
    '父親涉經濟案卷款13億?',
    '多少錢?一個項目',
    'How are you? 我很好',
    '??',
    '?',
  ])('keeps a genuine ?: %s', (line) => {
    expect(repair(line).text.includes('?')).toBe(line.includes('?'));
    expect(repair(line).text).toBe(line.replace(/\(zhè\)/g, ''));
  });
});

describe('whole texts', () => {
  it('keeps the number of lines and every line ending', () => {
    const text = '<p>\r\n網(wǎng)易首頁(yè)\n\n面向?qū)W術(shù)界\r\n</li>\n';
    const r = repair(text);
    expect(r.text).toBe('\r\n網易首頁\n\n面向學術界\r\n\n');
    expect(r.text.split('\n').length).toBe(text.split('\n').length);
  });
  it('leaves text without damage alone (no fix, same string)', () => {
    for (const t of ['', '\n', '中文', '简体中文，没有问题。', 'English (with parens) and a question?', '€100 (about ¥780)']) {
      const r = repair(t);
      expect(r.text).toBe(t);
      expect(r.fixes).toEqual([]);
    }
  });
});

describe('destroyed last byte ranked with the word model', () => {
  // Lines of seed 001 (the clean twin): the generator destroys the trail byte of 內 / 的,
  // whose lead byte is shared with 兩 / 地; the character model alone picked the wrong one.
  const lines = readSeed('s001').split(/\r?\n/).map((l) => gbkRoundTrip(l.trim()));
  for (const key of ['在全球範圍內,', '發展從來不是孤立的,']) {
    const line = lines.find((l) => l.includes(key))!;
    for (const dec of ['seed', 'whatwg'] as const) {
      it(`${key} (${dec})`, () => {
        const d = damage(line, dec);
        expect(d).not.toBe(line);
        expect(repair(d).text).toBe(line);
      });
    }
  }
});

describe('a split whose run ends the line', () => {
  // 德 B5 C2 + 溫 9C D8: the annotator matched C2 9C (擰, níng) across them, so the line ends
  // `德?níng)?`: the last `?` is 溫's trail byte D8 with nothing after it, far from Chinese text.
  for (const dec of ['seed', 'whatwg'] as const) {
    it(`亞伯拉罕·鮑德溫 (${dec})`, () => {
      const line = '亞伯拉罕·鮑德溫';
      const d = damage(line, dec);
      if (dec === 'seed') expect(d).toBe('亞伯拉罕·鮑(bào)德?níng)?');
      expect(repair(d).text).toBe(line);
    });
  }
  it('查爾斯·平克尼: the destroyed last byte of a foreign name (seed and whatwg)', () => {
    // 尼 C4 E1 shares its lead byte with 年 C4 EA; the character model alone picked 年.
    for (const dec of ['seed', 'whatwg'] as const) {
      const line = '查爾斯·平克尼';
      const d = damage(line, dec);
      expect(d).not.toBe(line);
      expect(repair(d).text).toBe(line);
    }
  });
  it('leaves a genuine ? after a reading-free ASCII tail alone', () => {
    const line = '他說 ok?';
    expect(repair(line).text).toBe(line);
  });
});

describe('the ASCII byte the seeds’ decoder swallowed after a run’s last lead byte', () => {
  it('before Latin text with no habit on the line: a space (文章數 3.4萬)', () => {
    const line = '2876文章數 3.4萬關注度';
    const d = damage(line, 'seed');
    expect(d).toBe('2876文章?cōng)?3.4萬(wàn)關(guān)注度'); // 數 lost its trail byte and the space after it
    const r = repair(d);
    expect(r.text).toBe(line);
    expect(r.fixes.find((f) => f.kind === 'gbk-split')!.reason).toMatch(/swallowed, taken as ' '/);
  });
  it('before Latin text, the line’s own habit between Chinese and Latin wins over the space', () => {
    // The line writes `:` after Chinese before Latin text (號:v1, 明:OK); the swallowed byte after
    // 數 and before v2 is read so, not as the space it puts after Latin text (v1 更新).
    const line = '版本號:v1 更新數:v2 說明:OK';
    const d = damage(line, 'seed');
    expect(d).toBe('版本號(hào):v1 更新?cōng)?v2 說(shuō)明:OK');
    expect(repair(d).text).toBe(line);
  });
});
