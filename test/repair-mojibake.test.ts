import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repair } from '../src/repair/repair.js';
import { encodeLegacy } from '../src/encoding/tables.js';
import type { Fix } from '../src/types.js';
import { FIXTURES, readSeed } from './helpers/paths.js';

// Every damaged form is computed here from an original written by hand, with the platform's
// TextDecoder and the strict legacy encoders, so each expectation is the original itself.
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array, label: string): string => new TextDecoder(label).decode(b);
// Node 20's TextDecoder reads `windows-1252` as ISO-8859-1, so windows-1252 comes from
// iconv-lite, with the five undefined bytes as C1 controls (what browsers do).
const cp1252 = (b: Uint8Array): string =>
  Array.from(b, (x) => {
    const c = iconv.decode(Buffer.from([x]), 'windows-1252');
    return c === '\ufffd' ? String.fromCharCode(x) : c;
  }).join('');
const legacy = (s: string, enc: 'gbk' | 'big5'): Uint8Array => {
  const b = encodeLegacy(s, enc);
  if (!b) throw new Error(`not encodable in ${enc}: ${s}`);
  return b;
};
const kinds = (fixes: Fix[]): string[] => [...new Set(fixes.map((f) => f.kind))];

const SIMPLIFIED = '我们在世界范围内寻找新的合作伙伴，欢迎大家踊跃报名参加。';
const TRADITIONAL = '這些年輕科學家不再滿足於追趕別人，他們希望做出真正的原創研究。';

describe('the classic forms, checked against the literal strings people see', () => {
  it('UTF-8 read as windows-1252: ä¸­æ–‡ is 中文', () => {
    expect(cp1252(utf8('中文'))).toBe('ä¸­æ–‡');
    expect(repair('ä¸­æ–‡')).toMatchObject({ text: '中文', fixes: [{ kind: 'utf8-as-latin1', before: 'ä¸­æ–‡', after: '中文', column: 0 }] });
  });

  it('UTF-8 read as windows-1252 by a decoder that writes U+FFFD for its undefined bytes: 发送时间', () => {
    // 发 = E5 8F 91 and 送 = E9 80 81: 0x8F and 0x81 have no character in windows-1252;
    // iconv-lite (like Python's errors='replace') writes U+FFFD for them.
    const damaged = iconv.decode(Buffer.from(utf8('发送时间')), 'windows-1252');
    expect(damaged).toBe('å\ufffd‘é€\ufffdæ—¶é—´');
    expect(repair(damaged)).toMatchObject({ text: '发送时间', fixes: [{ kind: 'utf8-as-latin1' }] });
  });

  it('GBK read as Latin-1: ÖÐÎÄ is 中文', () => {
    expect(cp1252(legacy('中文', 'gbk'))).toBe('ÖÐÎÄ');
    expect(repair('ÖÐÎÄ')).toMatchObject({ text: '中文', fixes: [{ kind: 'gbk-as-latin1' }] });
  });

  it('UTF-8 read as windows-1252 twice: Ã¤Â¸Â­Ã¦â€“â€¡ is 中文', () => {
    expect(cp1252(utf8(cp1252(utf8('中文'))))).toBe('Ã¤Â¸Â­Ã¦â€“â€¡');
    expect(repair('Ã¤Â¸Â­Ã¦â€“â€¡')).toMatchObject({ text: '中文', fixes: [{ kind: 'utf8-as-latin1-twice' }] });
  });

  it('UTF-8 read as GBK: 鍙戦€佹椂闂 is 发送时间, its last byte lost and rebuilt', () => {
    // 发送时间 = E5 8F 91 E9 80 81 E6 97 B6 E9 97 B4: twelve bytes; read in pairs the decoder
    // consumes 0x80 alone (€), so B4 is left without a partner and lost.
    expect(dec(utf8('发送时间'), 'gbk')).toBe('鍙戦€佹椂闂\ufffd');
    for (const damaged of ['鍙戦€佹椂闂\ufffd', '鍙戦€佹椂闂?', '鍙戦€佹椂闂']) {
      const r = repair(damaged);
      expect(r.text).toBe('发送时间');
      expect(r.fixes).toMatchObject([{ kind: 'utf8-as-gbk', before: damaged, after: '发送时间' }]);
    }
  });

  it('UTF-8 read as GBK without loss (an even run of bytes): 涓\ue15f枃 is 中文', () => {
    // E4 B8 | AD E6 | 96 87: the middle pair is in GBK's user-defined area (U+E15F, invisible).
    expect(dec(utf8('中文'), 'gb18030')).toBe('涓\ue15f枃');
    expect(repair('涓\ue15f枃')).toMatchObject({ text: '中文', fixes: [{ kind: 'utf8-as-gb18030' }] });
  });
});

describe('each kind on whole sentences', () => {
  const cases: [string, string, string, string][] = [
    ['utf8-as-latin1', SIMPLIFIED, cp1252(utf8(SIMPLIFIED)), 'windows-1252'],
    ['utf8-as-latin1', TRADITIONAL, String.fromCharCode(...utf8(TRADITIONAL)), 'Latin-1'],
    ['utf8-as-latin1-twice', TRADITIONAL, cp1252(utf8(cp1252(utf8(TRADITIONAL)))), 'windows-1252 twice'],
    ['gbk-as-latin1', SIMPLIFIED, cp1252(legacy(SIMPLIFIED, 'gbk')), 'GBK as windows-1252'],
    ['gbk-as-latin1', TRADITIONAL, String.fromCharCode(...legacy(TRADITIONAL, 'gbk')), 'GBK (traditional) as Latin-1'],
    ['utf8-as-gb18030', '数据迁移完成后，请重新启动服务器', dec(utf8('数据迁移完成后，请重新启动服务器'), 'gb18030'), 'UTF-8 as GB18030, no byte lost'],
    ['big5-as-gbk', TRADITIONAL, dec(legacy(TRADITIONAL, 'big5'), 'gbk'), 'Big5 as GBK'],
    ['gbk-as-big5', SIMPLIFIED, dec(legacy(SIMPLIFIED, 'gbk'), 'big5'), 'GBK as Big5'],
  ];
  it.each(cases)('%s: %s (%s)', (kind, original, damaged) => {
    expect(damaged).not.toBe(original);
    const r = repair(damaged);
    expect(r.text).toBe(original);
    expect(kinds(r.fixes)).toEqual([kind]);
  });

  it('GBK read as Big5 loses characters Big5 has no code for; the model puts them back', () => {
    const original = '我們的第一次會議在北京召開。';
    const damaged = dec(legacy(original, 'gbk'), 'big5');
    expect(damaged).toContain('\ufffd'); // 們 is 82 83 in GBK: no Big5 pair has a trail byte below 0xA1 but 0x40–0x7E
    const r = repair(damaged);
    expect(r.text).toBe(original);
    expect(r.fixes[0].reason).toMatch(/could not decode/);
  });

  it('UTF-8 read as GBK with a byte lost before ASCII, in the middle of a line', () => {
    // 年 = E5 B9 B4: "2023年7月" loses B4 before the 7 (an odd run of bytes).
    const original = '报告显示，截至2023年7月，全国共有一百多家研究机构参与。';
    const damaged = dec(utf8(original), 'gbk');
    expect(damaged).toContain('\ufffd');
    const r = repair(damaged);
    expect(r.text).toBe(original);
    expect(kinds(r.fixes)).toContain('utf8-as-gbk');
  });
});

describe('spans, lines and layers', () => {
  it('fixes only the damaged span of a mixed line, with its column', () => {
    const clean = '标题：';
    const bad = cp1252(utf8('中文乱码修复'));
    const r = repair(`${clean}${bad} (v1.2)`);
    expect(r.text).toBe('标题：中文乱码修复 (v1.2)');
    expect(r.fixes).toHaveLength(1);
    expect(r.fixes[0]).toMatchObject({ line: 0, column: clean.length, before: bad, after: '中文乱码修复' });
  });

  it('keeps the number of lines and their ends; a damaged line does not touch its neighbours', () => {
    const lines = ['第一行是干净的。', cp1252(legacy('第二行是拼音码。', 'gbk')), 'café crème', cp1252(utf8('第四行是符号码。')), ''];
    const input = lines.join('\r\n');
    const r = repair(input);
    expect(r.text).toBe(['第一行是干净的。', '第二行是拼音码。', 'café crème', '第四行是符号码。', ''].join('\r\n'));
    expect(r.fixes.map((f) => f.line)).toEqual([1, 3]);
  });

  it('undoes a GBK reading under a Latin-1 one (two different layers)', () => {
    const original = '数据迁移完成后请重新启动服务器。';
    const gbkLayer = dec(utf8(original), 'gbk');
    expect(gbkLayer.endsWith('\ufffd')).toBe(true); // 。 = E3 80 82: the 82 was lost, so the inner layer is the lossy kind
    const damaged = cp1252(utf8(gbkLayer));
    const r = repair(damaged);
    expect(r.text).toBe(original);
    expect(r.fixes.map((f) => f.kind)).toEqual(['utf8-as-latin1', 'utf8-as-gbk']);
  });

  it('fixes replay: applying before→after at each column, in order, rebuilds the output', () => {
    const input = [cp1252(utf8(dec(utf8(SIMPLIFIED), 'gbk'))), `注意：${cp1252(legacy('请勿回复本邮件', 'gbk'))}！`].join('\n');
    const r = repair(input);
    const lines = input.split('\n');
    for (const f of r.fixes) {
      const l = lines[f.line];
      expect(l.slice(f.column!, f.column! + f.before.length)).toBe(f.before);
      lines[f.line] = l.slice(0, f.column!) + f.after + l.slice(f.column! + f.before.length);
    }
    expect(lines.join('\n')).toBe(r.text);
    expect(r.text).toBe(`${SIMPLIFIED}\n注意：请勿回复本邮件！`);
  });

  it('skip leaves the named kinds alone', () => {
    const damaged = cp1252(utf8('中文'));
    expect(repair(damaged, { skip: ['utf8-as-latin1'] })).toEqual({ text: damaged, fixes: [] });
  });

  it('repairs a whole damaged page back to its original, byte for byte', () => {
    const page = readSeed('s004');
    const r = repair(cp1252(utf8(page)));
    expect(r.text).toBe(page);
  });
});

describe('unrecoverable debris is reported, not hidden and not "fixed"', () => {
  it.each([
    ['锟斤拷', '文件名：锟斤拷锟斤拷.txt'],
    ['烫烫烫', '缓冲区内容：烫烫烫烫烫烫烫'],
    ['屯屯屯', '堆内存：屯屯屯屯屯屯'],
  ])('%s', (_name, line) => {
    const r = repair(line);
    expect(r.text).toBe(line);
    expect(r.fixes).toHaveLength(1);
    expect(r.fixes[0]).toMatchObject({ kind: 'unrecoverable', before: r.fixes[0].after });
    expect(line.slice(r.fixes[0].column!)).toMatch(/^(锟斤拷|烫烫烫|屯屯屯)/);
  });

  it('is reported next to a repair on the same line', () => {
    const r = repair(`${cp1252(utf8('文件'))} 锟斤拷`);
    expect(r.text).toBe('文件 锟斤拷');
    expect(r.fixes.map((f) => f.kind)).toEqual(['utf8-as-latin1', 'unrecoverable']);
  });

  it('锟斤拷 really is U+FFFD twice, in UTF-8, read as GBK', () => {
    expect(dec(utf8('\ufffd\ufffd'), 'gbk')).toBe('锟斤拷');
    expect(dec(Uint8Array.of(0xcc, 0xcc, 0xcd, 0xcd), 'gbk')).toBe('烫屯');
  });
});

describe('clean text is never touched', () => {
  const dir = join(FIXTURES, 'repair', 'clean');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('the clean corpus has what it should', () => {
    expect(files.sort()).toEqual(['handwritten.txt', 'opencc.txt', 'seed-001.txt', 'seed-004.txt']);
  });

  it.each(files)('%s comes back byte for byte, line by line and whole, with no fixes', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const whole = repair(text);
    expect(whole.fixes).toEqual([]);
    expect(whole.text).toBe(text);
    for (const line of text.split('\n')) expect(repair(line)).toEqual({ text: line, fixes: [] });
  });

  it('look-alikes stay: real 锟, 烫烫, 屯, accents, genuine ? and (…)', () => {
    for (const s of ['锟铻剑', '汤烫烫的', '屯兵', 'Größe café Ñandú', '真的吗?', '(ITPO China)报告', 'naïve résumé']) {
      expect(repair(s)).toEqual({ text: s, fixes: [] });
    }
  });
});

describe('UTF-8 read as GBK: the signs of Chinese pages', () => {
  it('repairs a run that holds ※ (E2 80 BB), and leaves clean lines with signs alone', () => {
    const clean = '※本文僅代表作者個人觀點，不代表本站立場。';
    // What a GBK decoder makes of its UTF-8 bytes (TextDecoder), the lost last byte saved as `?`.
    const damaged = new TextDecoder('gbk').decode(new TextEncoder().encode(clean)).replaceAll('\ufffd', '?');
    expect(damaged.startsWith('鈥绘湰')).toBe(true);
    expect(repair(damaged).text).toBe(clean);
    // A rating alone once came back as 」」」」「 (read as GBK text in Big5): signs alone are not debris.
    for (const s of ['※ 注意：名額有限 ▸ 詳情見官網 © 2024 → 下一頁', '★★★★☆ 四星級　■ 本報記者 報導 ─ 完', '★★★★☆', '→→ ■□ ◆◇']) expect(repair(s)).toEqual({ text: s, fixes: [] });
  });
  it('after a label at the line start, the lost mark before a number is a colon (更新時間：2024/03/05)', () => {
    // ： is EF BC 9A and ， EF BC 8C: only the lost last byte tells them apart.
    for (const clean of ['更新時間：2024/03/05', '联系电话：0571-8888', '成文日期：2024-03-01']) {
      const damaged = new TextDecoder('gbk').decode(new TextEncoder().encode(clean)).replaceAll('\ufffd', '?');
      expect(damaged.endsWith(clean.slice(clean.indexOf('：') + 1))).toBe(true);
      expect(repair(damaged).text).toBe(clean);
    }
  });
});
