import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repair } from '../src/index.js';
import { runCli } from './helpers/cli.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbkAsLatin1 = (s: string): string => String.fromCharCode(...iconv.encode(s, 'gbk'));
const utf8AsLatin1 = (s: string): string => String.fromCharCode(...utf8(s));

describe('repair()', () => {
  it('returns empty for empty input and keeps line ends of every kind', () => {
    expect(repair('')).toEqual({ text: '', fixes: [] });
    const input = `a\r\n${utf8AsLatin1('中文')}\rb\n\n`;
    expect(repair(input).text).toBe('a\r\n中文\rb\n\n');
  });

  it('reports every change with line, kind, before, after, column and a reason', () => {
    const r = repair(`干净的一行\n${gbkAsLatin1('第二行坏了')}`);
    expect(r.text).toBe('干净的一行\n第二行坏了');
    expect(r.fixes).toHaveLength(1);
    const f = r.fixes[0];
    expect(f).toMatchObject({ line: 1, kind: 'gbk-as-latin1', column: 0, after: '第二行坏了' });
    expect(f.before).toBe(gbkAsLatin1('第二行坏了'));
    expect(f.reason).toMatch(/GBK/);
  });

  it('is idempotent on what it repaired', () => {
    const once = repair(utf8AsLatin1('数据迁移完成。'));
    expect(repair(once.text)).toEqual({ text: once.text, fixes: [] });
  });
});

describe('zhnorm fix', () => {
  const input = ['标题', utf8AsLatin1('正文内容'), '', gbkAsLatin1('结束语'), 'end'].join('\n') + '\n';

  it('prints the repaired text with the same number of lines', () => {
    const r = runCli(['fix'], input);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('标题\n正文内容\n\n结束语\nend\n');
    expect(r.stdout.split('\n')).toHaveLength(input.split('\n').length);
  });

  it('--json prints {text, fixes}', () => {
    const r = runCli(['fix', '--json'], input);
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { text: string; fixes: { line: number; kind: string }[] };
    expect(j.text).toBe('标题\n正文内容\n\n结束语\nend\n');
    expect(j.fixes.map((f) => [f.line, f.kind])).toEqual([
      [1, 'utf8-as-latin1'],
      [3, 'gbk-as-latin1'],
    ]);
  });

  it('--skip leaves a kind alone; an unknown kind is a usage error', () => {
    const r = runCli(['fix', '--skip', 'gbk-as-latin1'], input);
    expect(r.stdout).toBe(`标题\n正文内容\n\n${gbkAsLatin1('结束语')}\nend\n`);
    const bad = runCli(['fix', '--skip', 'nope'], input);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown kind nope/);
  });

  it('refuses empty input with a one-line reason and exit code 1', () => {
    const r = runCli(['fix'], '');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('genuine replacement characters', () => {
  // A U+FFFD that a decoder wrote for a bad byte, in otherwise clean text, is evidence of loss but
  // not of any particular lost byte: repair must leave it (regression: 中\uFFFD文 became 中Ｎ\uFFFD).
  it.each(['中\ufffd文\n', '這是\ufffd測試', 'abc\ufffd', '价格\ufffd\ufffd元'])('leaves %j unchanged', (s) => {
    const r = repair(s);
    expect(r.text).toBe(s);
    expect(r.fixes.filter((f) => f.before !== f.after)).toEqual([]);
  });
});

describe('clean web pages pass through', () => {
  it('masked digits and rules made of one repeated sign stay: ×××× is not GBK read as Latin-1', () => {
    for (const line of ['预约电话：021-6433 ×××× ｜ 营业时间：周二至周日', '电话：×××× ××××', '联系人：王先生 138××××5678']) {
      const r = repair(line);
      expect(r.text, line).toBe(line);
      expect(r.fixes).toEqual([]);
    }
  });
  it('repair() changes nothing on the clean benchmark’s pages but the HTML markup left in them', async () => {
    // 89 hand-written and generated pages in three scripts (~3,900 lines): titles, bylines,
    // menus with › » ｜, ratings ★★★★☆, © lines, prices, code, Cantonese, readings in brackets.
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('./helpers/paths.js');
    const dir = join(FIXTURES, 'clean/heldout');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.includes('damaged'));
    expect(pages.length).toBeGreaterThan(80);
    for (const p of pages) {
      const text = readFileSync(join(dir, p), 'utf8');
      const r = repair(text);
      for (const f of r.fixes) expect(f.kind, `${p}: ${f.before}`).toBe('html-remnant');
      // Every other line is returned byte for byte.
      const touched = new Set(r.fixes.map((f) => f.line));
      const a = text.split('\n');
      const b = r.text.split('\n');
      expect(b.length).toBe(a.length);
      a.forEach((l, i) => touched.has(i) || expect(b[i], p).toBe(l));
    }
  });
});
