// Custom dictionaries, options, errors and streaming of convert(). Expected values are OpenCC
// dictionary facts checked by hand against opencc-js's data (cited inline) or OpenCC's test cases.
import * as fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convert, convertDetailed, convertStream, loadConverter, parseDictionaryFile, preload, ZhnormError, type ConvertOptions } from '../src/index.js';
import { lastSafeCut, safeBoundaries } from '../src/convert/stream.js';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof ZhnormError ? e.code : 'not a ZhnormError';
  }
  return undefined;
}

describe('custom dictionaries keep segmentation', () => {
  // STPhrases has 级别→級別 but no 低级; TWPhrases has 低級→低階. OpenCC segments 低|级别, so
  // TWPhrases never sees 低級: the right answer is 低級別. opencc-js's ConverterFactory path
  // (used for custom dictionaries) skips segmentation and gives 低階別.
  it('低级别 stays 低級別 with a custom dictionary (opencc-js ConverterFactory gives 低階別)', () => {
    const dictionaries = [['软件', '軟件']] as const;
    expect(convert('低级别', { config: 's2twp' })).toBe('低級別');
    expect(convert('低级别', { config: 's2twp', dictionaries })).toBe('低級別');
    const factory = OpenCC.ConverterFactory(...OpenCC.Locale.from.cn, ...OpenCC.Locale.to.twp, [[['软件', '軟件']]] as never);
    expect(factory('低级别')).toBe('低階別');
  });

  it('a user pair overrides a built-in phrase of the same length (OpenCC: 软件→軟體)', () => {
    expect(convert('这个软件很好', { config: 's2twp' })).toBe('這個軟體很好');
    expect(convert('这个软件很好', { config: 's2twp', dictionaries: [['软件', '軟件']] })).toBe('這個軟件很好');
  });

  it('a longer built-in phrase still wins over a shorter user key (longest match)', () => {
    const dictionaries = [['级', 'X']] as const;
    expect(convert('级别', { config: 's2t', dictionaries })).toBe('級別');
    expect(convert('三级', { config: 's2t', dictionaries })).toBe('三X');
  });

  it('a user pair joins segmentation: its output is not converted again', () => {
    // Adding 低级→低級 as a phrase makes the segment 低级, which TWPhrases would not touch.
    expect(convert('低级别', { config: 's2twp', dictionaries: [['低级', '低級']] })).toBe('低級別');
    // The user's output is final: 低級 is not turned into 低階 by the Taiwan phrase stage.
    expect(convert('低级', { config: 's2twp', dictionaries: [['低级', '低級']] })).toBe('低級');
    expect(convert('低级', { config: 's2twp' })).toBe('低階');
  });

  it('works for unsegmented configs and later pairs override earlier ones', () => {
    expect(convert('漢字', { config: 't2s', dictionaries: [['漢字', 'A'], ['漢字', 'B']] })).toBe('B');
    expect(convert('漢字和漢語', { config: 't2s', dictionaries: [['漢字', '汉字!']] })).toBe('汉字!和汉语');
  });

  it('rejects malformed pairs with a clear error', () => {
    expect(codeOf(() => convert('x', { config: 's2t', dictionaries: [['', 'y']] }))).toBe('BAD_INPUT');
    expect(codeOf(() => convert('x', { config: 's2t', dictionaries: [['x']] as never }))).toBe('BAD_INPUT');
    expect(() => convert('x', { config: 's2t', dictionaries: 'x y' as never })).toThrowError(/array of \[from, to\] pairs/);
  });
});

describe('dictionary files', () => {
  it('reads from<TAB>to lines, OpenCC-style candidate lists, comments and blank lines', () => {
    expect(parseDictionaryFile('# mine\n\n软件\t軟件\r\n内存\t記憶體 內存\n')).toEqual([
      ['软件', '軟件'],
      ['内存', '記憶體'],
    ]);
  });
  it('names the bad line', () => {
    expect(() => parseDictionaryFile('a\tb\nno tab here\n', 'my.txt')).toThrowError(/my\.txt line 2/);
  });
});

describe('options and errors', () => {
  it('unknown variants and configs list the valid ones', () => {
    expect(() => convert('x', { from: 'zz' as never, to: 'cn' })).toThrowError(/valid: cn, tw, twp, hk, hkp, t, jp/);
    expect(() => convert('x', { config: 's2x' as never })).toThrowError(/valid: s2t, t2s/);
    expect(codeOf(() => convert('x', { from: 'cn', to: 'jp' }))).toBe('UNKNOWN_CONFIG');
    expect(codeOf(() => convert(42 as never, { config: 's2t' }))).toBe('BAD_INPUT');
  });

  it('clean text without convertible characters passes through unchanged', () => {
    const s = 'Hello, world! 123 😀 ⿰氵青 \r\n';
    for (const config of ['s2twp', 't2s', 'jp2t'] as const) expect(convert(s, { config })).toBe(s);
  });

  it('from/to and config give the same result; async loadConverter and preload work in Node', async () => {
    const text = '我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。';
    // OpenCC test case (s2twp).
    const expected = '我們在寮國的伺服器的硬碟需要使用網際網路演算法軟體解決非同步的問題。';
    expect(convert(text, { from: 'cn', to: 'twp' })).toBe(expected);
    await preload(['s2twp', 't2s']);
    expect((await loadConverter('s2twp'))(text)).toBe(expected);
  });

  it('normalizes CJK compatibility ideographs first (U+F900 豈 → U+8C48 豈)', () => {
    expect(convert('\uF900', { config: 't2tw' })).toBe('\u8C48');
  });
});

async function streamed(chunks: string[], opts: ConvertOptions): Promise<string> {
  let out = '';
  const source = new ReadableStream<string>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  const reader = source.pipeThrough(convertStream(opts)).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out += value;
  }
  return out;
}

describe('convertStream', () => {
  it('cuts only after characters no key contains', () => {
    const safe = safeBoundaries({ config: 's2twp' });
    expect(safe.has('\n')).toBe(true);
    expect(safe.has('。')).toBe(true);
    // A user key with a comma in it makes the comma unsafe.
    expect(safeBoundaries({ config: 's2twp', dictionaries: [['你好，世界', 'x']] }).has('，')).toBe(false);
    expect(lastSafeCut('软件。硬件', safe)).toBe(3);
    expect(lastSafeCut('⿰，氵', safe)).toBe(0); // inside an ideographic description sequence
    expect(lastSafeCut('⿰，', safe)).toBe(0); // an unfinished one may still reach past the comma
    expect(lastSafeCut('⿰氵，。', safe)).toBe(4); // ⿰氵， is complete: cutting after 。 is fine
  });

  it('equals converting the whole text, for any split (property)', async () => {
    const pieces = ['软件', '低级别', '级', '汉字', '头发', '干', '后', '面', '服务器', '\n', '。', '，', '！', 'a', ' ', '𣨼', '殢', '⿰', '氵', '青', '\uF900', '乾隆'];
    const arb = fc.record({
      parts: fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
      cuts: fc.array(fc.nat(), { maxLength: 8 }),
      config: fc.constantFrom('s2twp' as const, 't2s' as const, 's2hk' as const, 'tw2sp' as const),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ parts, cuts, config }) => {
        const text = parts.join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let prev = 0;
        for (const p of points) {
          chunks.push(text.slice(prev, p));
          prev = p;
        }
        chunks.push(text.slice(prev));
        expect(await streamed(chunks, { config })).toBe(convert(text, { config }));
      }),
      { numRuns: 150 },
    );
  });

  it('a long text in many chunks converts like the whole (OpenCC case line repeated)', async () => {
    const line = '我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。\n';
    const text = line.repeat(200);
    const chunks = text.match(/[\s\S]{1,37}/g) ?? [];
    expect(await streamed(chunks, { config: 's2twp' })).toBe(
      '我們在寮國的伺服器的硬碟需要使用網際網路演算法軟體解決非同步的問題。\n'.repeat(200),
    );
  });
});

describe('convertDetailed reports every change', () => {
  it('names the stage of each change (STPhrases has 这个→這個; 软件 goes 軟件→軟體 via TWPhrases)', () => {
    const r = convertDetailed('这个软件', { config: 's2twp' });
    expect(r.text).toBe('這個軟體');
    expect(r.changes).toEqual([
      { offset: 0, before: '这个', after: '這個', via: 'phrase' },
      { offset: 2, before: '软件', after: '軟體', via: 'characters' },
    ]);
    expect(convertDetailed('这个软件', { config: 's2twp', dictionaries: [['软件', '軟件']] }).changes[1]).toEqual({
      offset: 2,
      before: '软件',
      after: '軟件',
      via: 'user',
    });
    expect(convertDetailed('\uF900', { config: 't2tw' }).changes).toEqual([{ offset: 0, before: '\uF900', after: '\u8C48', via: 'normalization' }]);
    expect(convertDetailed('abc', { config: 't2s' }).changes).toEqual([]);
  });

  it('its text is convert()\'s and its changes rebuild that text from the input', () => {
    const inputs = ['我们在老挝的服务器的硬盘需要使用互联网算法软件解决异步的问题。', '低级别 ok 头发 乾隆', '殢云尤雨 樠谿 漢字'];
    for (const config of ['s2twp', 't2s', 'tw2sp', 's2hk', 'jp2t'] as const) {
      for (const input of inputs) {
        const r = convertDetailed(input, { config });
        expect(r.text).toBe(convert(input, { config }));
        let rebuilt = '';
        let at = 0;
        for (const c of r.changes) {
          rebuilt += input.slice(at, c.offset) + c.after;
          at = c.offset + c.before.length;
        }
        expect(rebuilt + input.slice(at)).toBe(r.text);
      }
    }
  });
});
