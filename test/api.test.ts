import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as zh from '../src/index.js';
import { ROOT } from './helpers/paths.js';

describe('public API surface', () => {
  it('exports every function of the contract', () => {
    for (const f of ['decode', 'detect', 'repair', 'convert', 'clean', 'cleanBatch', 'align', 'normalize'] as const) {
      expect(typeof zh[f]).toBe('function');
    }
  });

  it('the CJS build loads with require() and converts', () => {
    const require = createRequire(import.meta.url);
    const cjs = require(join(ROOT, 'dist/index.cjs')) as typeof zh;
    expect(cjs.convert('汉字', { config: 's2t' })).toBe('漢字');
  });

  it('the ESM build imports and converts', async () => {
    const esm = (await import(join(ROOT, 'dist/index.js'))) as typeof zh;
    expect(esm.convert('漢字', { from: 't', to: 'cn' })).toBe('汉字');
  });

  it('unknown config names throw a ZhnormError that lists the valid ones', () => {
    expect(() => zh.convert('x', { config: 'nope' as zh.OpenCCConfig })).toThrowError(/valid: s2t, t2s/);
    try {
      zh.convert('x', { from: 'cn', to: 'zz' as zh.Variant });
    } catch (e) {
      expect(e).toBeInstanceOf(zh.ZhnormError);
      expect((e as zh.ZhnormError).code).toBe('UNKNOWN_VARIANT');
    }
  });

  it('splitLines/joinLines round-trip every kind of line end', () => {
    for (const t of ['', 'a', 'a\n', 'a\r\nb', 'a\rb\n\n', '\n\n']) {
      expect(zh.joinLines(zh.splitLines(t))).toBe(t);
    }
    expect(zh.splitLines('a\r\nb').map((l) => l.eol)).toEqual(['\r\n', '']);
  });

  it('decode honours a UTF-16LE byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]);
    const r = zh.decode(bytes);
    expect(r.text).toBe('中文');
    expect(r.encoding).toBe('utf-16le');
  });
});
