import { describe, expect, it } from 'vitest';
import { normalizeJsonlLine } from '../src/pipeline/jsonl.js';
import { normalize } from '../src/pipeline/normalize.js';
import { runCli } from './helpers/cli.js';
import { readSeed } from './helpers/paths.js';

// Records built from the seeds' paragraphs, so repair and clean have real work in every one.
function records(n: number): { id: number; text: string }[] {
  const paras = [readSeed('s002'), readSeed('s003')].flatMap((s) => s.split('\n')).filter((l) => l.trim() !== '');
  return Array.from({ length: n }, (_, i) => ({ id: i, text: paras.slice(i % paras.length, (i % paras.length) + 3).join('\n') }));
}

describe('JSONL records', () => {
  it('normalizes the chosen field, keeps the other fields, adds a compact report', () => {
    const out = JSON.parse(normalizeJsonlLine('{"id":7,"body":"汉字","lang":"zh"}\n', 1, { field: 'body', to: 'tw' })!);
    expect(out).toMatchObject({ id: 7, body: '漢字', lang: 'zh' });
    expect(out.zhnorm).toMatchObject({ conversion: 's2tw', fixes: {}, lines: { input: 1 } });
  });

  it('reports malformed records in their own line and never throws', () => {
    const bad = ['{oops', '[1]', '{"id":1}', '{"text":5}', 'null'];
    bad.forEach((raw, i) => {
      const o = JSON.parse(normalizeJsonlLine(raw, i + 1, {})!);
      expect(o.zhnorm.error.code).toBe('BAD_INPUT');
      expect(o.zhnorm.line).toBe(i + 1);
    });
    expect(normalizeJsonlLine('   \n', 1, {})).toBeNull(); // a blank line is not a record
  });

  it('CLI: one line per record in input order, errors inline, same output with 1 and 2 jobs', () => {
    const recs = records(120);
    const lines = recs.map((r) => JSON.stringify(r));
    lines.splice(50, 0, '{not json');
    const input = lines.join('\n') + '\n';
    const one = runCli(['normalize', '--jsonl', '--to', 'cn', '-j', '1'], input);
    const two = runCli(['normalize', '--jsonl', '--to', 'cn', '-j', '2'], input);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(121);
    expect(out[50].zhnorm.error.code).toBe('BAD_INPUT');
    expect(out[50].raw).toBe('{not json');
    const ok = out.filter((o) => !o.zhnorm.error);
    expect(ok.map((o) => o.id)).toEqual(recs.map((r) => r.id));
    ok.forEach((o, i) => expect(o.text).toBe(normalize(recs[i].text, { to: 'cn' }).text));
    expect(ok.some((o) => Object.keys(o.zhnorm.fixes).length > 0)).toBe(true);
    expect(one.stderr).toMatch(/121 records, 1 failed/);
    expect(two.stderr).toMatch(/2 job\(s\)/);
  });

  it('CLI --field and --json summary', () => {
    const r = runCli(['normalize', '--jsonl', '--field', 'content', '--json', '--to', 'tw', '-j', '1'], '{"content":"汉字"}\n{"content":"软件"}\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).content)).toEqual(['漢字', '軟件']);
    expect(JSON.parse(r.stderr).summary).toMatchObject({ records: 2, failed: 0, encoding: ['utf-8'] });
  });
});
