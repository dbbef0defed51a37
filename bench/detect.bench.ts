// Encoding detection: zhnorm.detect against jschardet and chardet on short samples of the text
// the project ships (seeds 001/004 article lines, OpenCC golden input and its traditional
// goldens), cut to 6–160 characters and encoded without BOM; plus non-Chinese samples
// (fixtures/encoding/non-chinese.txt) for the false-positive side; plus calibration of the
// confidences, the fitted softmax temperature, and throughput on large inputs.
import { readFileSync } from 'node:fs';
import jschardet from 'jschardet';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { detect } from '../src/index.js';
import { rankReadings, TEMPERATURE } from '../src/encoding/detect.js';
import { encodeLegacy } from '../src/encoding/tables.js';
import { isHan } from '../src/text/model.js';

const LENGTHS = [6, 12, 24, 48, 96, 160] as const;
const CHINESE_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
const PER_SOURCE = 40; // windows per source text and length

const fixture = (p: string): string => readFileSync(new URL(`../fixtures/${p}`, import.meta.url), 'utf8');

/** Scoring folds each codec family to one name, for us and for the peers' spellings alike. */
export function family(label: string | null | undefined): string {
  const l = (label ?? 'none').toLowerCase().replace(/_/g, '-');
  if (/^(gb18030|gbk|gb2312|gb-2312|euc-cn|hz-gb-2312|x-gbk|cp936)$/.test(l)) return 'gbk';
  if (/^(big5|big5-hkscs|cp950|x-x-big5)$/.test(l)) return 'big5';
  if (/^(utf-?8|utf-8-sig)$/.test(l)) return 'utf-8';
  if (/^utf-?16-?le$/.test(l)) return 'utf-16le';
  if (/^utf-?16-?be$/.test(l)) return 'utf-16be';
  if (/^(windows-1252|iso-8859-1|latin1|iso-8859-15|cp1252)$/.test(l)) return 'windows-1252';
  if (/^(shift-jis|sjis|windows-31j|cp932|x-sjis)$/.test(l)) return 'shift_jis';
  if (/^(euc-kr|uhc|cp949|ks-c-5601-1987|windows-949)$/.test(l)) return 'euc-kr';
  return l;
}

function encode(text: string, enc: string): Uint8Array | null {
  if (enc === 'utf-8') return new TextEncoder().encode(text);
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      const [a, b] = enc === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
      out[2 * i] = a;
      out[2 * i + 1] = b;
    }
    return out;
  }
  // windows-1252 through iconv-lite: Node 20's TextDecoder (behind encodeLegacy) lacks its “ ” — €.
  if (enc === 'windows-1252') {
    const b = iconv.encode(text, 'windows-1252');
    return iconv.decode(b, 'windows-1252') === text ? new Uint8Array(b) : null; // null: not encodable
  }
  return encodeLegacy(text, enc === 'gb18030' ? 'gbk' : (enc as 'big5' | 'shift_jis' | 'euc-kr'));
}

/** Article-like lines: long enough and mostly Han (navigation and footers left out). */
function articleText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => {
      const cps = Array.from(l);
      return cps.length >= 20 && cps.filter((c) => isHan(c.codePointAt(0)!)).length >= cps.length / 2;
    })
    .join('\n');
}

/** `n` windows of `len` characters spread over the text, each starting on a Han character and at least half Han. */
function windows(text: string, len: number, n: number): string[] {
  const cps = Array.from(text);
  const out: string[] = [];
  const stride = Math.max(1, Math.floor((cps.length - len) / n));
  for (let s = 0; out.length < n && s + len <= cps.length; s += stride) {
    let i = s;
    while (i + len <= cps.length && !isHan(cps[i].codePointAt(0)!)) i++;
    const w = cps.slice(i, i + len);
    if (w.length < len) break;
    if (w.filter((c) => isHan(c.codePointAt(0)!)).length >= len / 2) out.push(w.join(''));
  }
  return out;
}

interface Sample {
  bytes: Uint8Array;
  truth: string;
  len: number;
  source: string;
}

function chineseSamples(lengths: readonly number[] = LENGTHS): Sample[] {
  const sources: [string, string][] = [
    ['seed 004 (simplified)', articleText(fixture('seeds/004_615db62f3b8cde86.txt'))],
    ['seed 001 (traditional, tw)', articleText(fixture('seeds/001_7cb91afbddec6e14.txt'))],
    ['opencc input (simplified)', articleText(fixture('opencc/golden/input.txt'))],
    ['opencc s2twp (traditional)', articleText(fixture('opencc/golden/us_constitution_zhs.s2twp.txt'))],
    ['opencc s2hk (traditional)', articleText(fixture('opencc/golden/us_constitution_zhs.s2hk.txt'))],
  ];
  const out: Sample[] = [];
  for (const [source, text] of sources) {
    for (const len of lengths) {
      for (const w of windows(text, len, PER_SOURCE)) {
        for (const enc of CHINESE_ENCODINGS) {
          const bytes = encode(w, enc);
          if (bytes) out.push({ bytes, truth: enc, len, source });
        }
      }
    }
  }
  return out;
}

function foreignSamples(): Sample[] {
  const out: Sample[] = [];
  const lines = fixture('encoding/non-chinese.txt').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    const [enc, text] = line.split('\t');
    const cps = Array.from(text);
    for (const len of LENGTHS) {
      if (cps.length < len) continue;
      // Three windows per line and length, starting on a letter.
      for (const start of [0, Math.floor((cps.length - len) / 2), cps.length - len]) {
        const w = cps.slice(start, start + len).join('');
        const bytes = encode(w, enc);
        if (bytes && bytes.some((b) => b >= 0x80)) out.push({ bytes, truth: enc, len, source: enc });
      }
    }
  }
  return out;
}

type Detector = (b: Uint8Array) => string;
const DETECTORS: [string, Detector][] = [
  ['zhnorm', (b) => detect(b).encoding],
  ['jschardet', (b) => jschardet.detect(Buffer.from(b)).encoding ?? 'none'],
  ['chardet', (b) => chardet.detect(b) ?? 'none'],
];

const pct = (a: number, n: number): string => (n === 0 ? '—' : `${((100 * a) / n).toFixed(1)}%`);

function accuracyTables(samples: Sample[], keys: readonly string[], title: string): { md: string[]; overall: Record<string, number> } {
  const hit = new Map<string, number>(); // `${det}|${enc}|${len}`
  const tot = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  for (const s of samples) {
    for (const [name, fn] of DETECTORS) {
      const ok = family(fn(s.bytes)) === family(s.truth);
      for (const k of [`${name}|${s.truth}|${s.len}`, `${name}|*|${s.len}`, `${name}|${s.truth}|*`, `${name}|*|*`]) {
        bump(tot, k);
        if (ok) bump(hit, k);
      }
    }
  }
  const cell = (k: string): string => pct(hit.get(k) ?? 0, tot.get(k) ?? 0);
  const md: string[] = [`### ${title}`, '', `${samples.length} samples. Accuracy by length (characters), all encodings together:`, ''];
  md.push(`| detector | ${LENGTHS.join(' | ')} | overall |`, `|---|${LENGTHS.map(() => '---:').join('|')}|---:|`);
  for (const [name] of DETECTORS) md.push(`| ${name} | ${LENGTHS.map((l) => cell(`${name}|*|${l}`)).join(' | ')} | **${cell(`${name}|*|*`)}** |`);
  md.push('', 'By encoding:', '', `| encoding | ${DETECTORS.map(([n]) => n).join(' | ')} |`, `|---|${DETECTORS.map(() => '---:').join('|')}|`);
  for (const enc of keys) md.push(`| ${enc} | ${DETECTORS.map(([n]) => cell(`${n}|${enc}|*`)).join(' | ')} |`);
  md.push('', 'zhnorm by encoding × length:', '', `| encoding | ${LENGTHS.join(' | ')} |`, `|---|${LENGTHS.map(() => '---:').join('|')}|`);
  for (const enc of keys) md.push(`| ${enc} | ${LENGTHS.map((l) => cell(`zhnorm|${enc}|${l}`)).join(' | ')} |`);
  md.push('');
  const overall: Record<string, number> = {};
  for (const [name] of DETECTORS) overall[name] = (hit.get(`${name}|*|*`) ?? 0) / (tot.get(`${name}|*|*`) ?? 1);
  return { md, overall };
}

/**
 * Calibration: the mean confidence in a bin should match the accuracy in it. Also the log loss by
 * temperature. Run on the samples above plus harder ones (2–4 characters), which fill the middle bins.
 */
function calibration(samples: Sample[]): string[] {
  const bins = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0001];
  const rows = bins.slice(0, -1).map(() => ({ n: 0, conf: 0, ok: 0 }));
  const ranked = samples.map((s) => ({ r: rankReadings(s.bytes), truth: family(s.truth) }));
  for (const s of samples) {
    const d = detect(s.bytes);
    const b = bins.findIndex((x, i) => d.confidence >= x && d.confidence < bins[i + 1]);
    rows[b].n++;
    rows[b].conf += d.confidence;
    if (family(d.encoding) === family(s.truth)) rows[b].ok++;
  }
  const logLoss = (t: number): number => {
    let sum = 0;
    for (const { r, truth } of ranked) {
      const min = r[0].cost;
      const z = r.reduce((a, x) => a + Math.exp(-(x.cost - min) / t), 0);
      const right = r.find((x) => family(x.encoding) === truth);
      const p = right ? Math.exp(-(right.cost - min) / t) / z : 0;
      sum += -Math.log(Math.max(p, 1e-6));
    }
    return sum / ranked.length;
  };
  const grid = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 3, 5];
  const losses = grid.map((t) => [t, logLoss(t)] as const);
  const best = losses.reduce((a, b) => (b[1] < a[1] ? b : a));
  const md = [`### Calibration (${samples.length} samples: all of the above, plus 2–4-character Chinese samples built the same way)`, '', '| confidence bin | samples | mean confidence | accuracy |', '|---|---:|---:|---:|'];
  rows.forEach((r, i) => {
    if (r.n) md.push(`| [${bins[i]}, ${Math.min(1, bins[i + 1])}${i === rows.length - 1 ? ']' : ')'} | ${r.n} | ${(r.conf / r.n).toFixed(4)} | ${(r.ok / r.n).toFixed(4)} |`);
  });
  md.push('', `Softmax temperature: shipped ${TEMPERATURE}; the log loss per sample by temperature (best ${best[0]}):`, '');
  md.push(`| T | ${grid.join(' | ')} |`, `|---|${grid.map(() => '---:').join('|')}|`, `| log loss | ${losses.map(([, l]) => l.toFixed(4)).join(' | ')} |`, '');
  return md;
}

function time(fn: () => void, minMs = 300): number {
  fn();
  let n = 0;
  const t0 = performance.now();
  do {
    fn();
    n++;
  } while (performance.now() - t0 < minMs);
  return (performance.now() - t0) / n;
}

function throughput(): string[] {
  const base = articleText(fixture('seeds/004_615db62f3b8cde86.txt')) + '\n' + articleText(fixture('opencc/golden/input.txt'));
  let big = base;
  while (big.length < 400_000) big += '\n' + base;
  const trad = articleText(fixture('opencc/golden/us_constitution_zhs.s2tw.txt'));
  let bigTrad = trad;
  while (bigTrad.length < 600_000) bigTrad += '\n' + trad;
  const foreign = fixture('encoding/non-chinese.txt').split('\n').filter((l) => l.startsWith('windows-1252\t')).map((l) => l.split('\t')[1]).filter((t) => encode(t, 'windows-1252'));
  let latin = foreign.join('\n');
  while (latin.length < 1_100_000) latin += '\n' + latin;
  const ascii = latin.replace(/[^\x00-\x7f]/g, 'e');
  const inputs: [string, Uint8Array][] = [
    ['utf-8, 16 KiB', new TextEncoder().encode(big).subarray(0, 16 * 1024)],
    ['gb18030, 16 KiB', encode(big, 'gb18030')!.subarray(0, 16 * 1024)],
    ['utf-8, 1 MiB', new TextEncoder().encode(big).subarray(0, 1 << 20)],
    ['gb18030, 1 MiB', encode(big, 'gb18030')!.subarray(0, 1 << 20)],
    ['big5, 1 MiB', encode(bigTrad, 'big5')!.subarray(0, 1 << 20)],
    ['utf-16le, 1 MiB', encode(big, 'utf-16le')!.subarray(0, 1 << 20)],
    ['ASCII only, 1 MiB', new TextEncoder().encode(ascii).subarray(0, 1 << 20)],
    ['windows-1252 (French, German…), 1 MiB', encode(latin, 'windows-1252')!.subarray(0, 1 << 20)],
  ];
  const md = ['### Throughput', '', 'Same bytes for each detector; zhnorm reads a 64 KiB prefix. Ratio = zhnorm time / peer time (lower is faster).', ''];
  md.push('| input | zhnorm ms | jschardet ms | chardet ms | zhnorm / jschardet | zhnorm / chardet |', '|---|---:|---:|---:|---:|---:|');
  for (const [name, bytes] of inputs) {
    const buf = Buffer.from(bytes);
    const ours = time(() => detect(bytes));
    const js = time(() => jschardet.detect(buf));
    const cd = time(() => chardet.detect(bytes));
    md.push(`| ${name} | ${ours.toFixed(2)} | ${js.toFixed(2)} | ${cd.toFixed(2)} | ${(ours / js).toFixed(2)}× | ${(ours / cd).toFixed(2)}× |`);
  }
  md.push('');
  return md;
}

export async function run(): Promise<string> {
  const zh = chineseSamples();
  const foreign = foreignSamples();
  const a = accuracyTables(zh, CHINESE_ENCODINGS, 'Chinese samples (no BOM)');
  const b = accuracyTables(foreign, ['windows-1252', 'shift_jis', 'euc-kr'], 'Non-Chinese samples (false-positive side)');
  const fp = DETECTORS.map(([name, fn]) => {
    const n = foreign.filter((s) => ['gbk', 'big5'].includes(family(fn(s.bytes)))).length;
    return `${name} ${pct(n, foreign.length)}`;
  });
  return [
    '## Encoding detection',
    '',
    'Samples: windows of 6–160 characters (starting on a Han character, at least half Han) from the article lines of seeds 001 (Taiwan traditional) and 004 (simplified) and of the OpenCC golden input (simplified) and its s2twp/s2hk goldens, each encoded as UTF-8, GBK, Big5 (when encodable), UTF-16LE and UTF-16BE without BOM. Scoring folds codec families (gbk = gb2312 = gb18030; big5 = big5-hkscs; windows-1252 = iso-8859-1; …) for all detectors alike.',
    '',
    `Overall on Chinese: zhnorm ${pct(a.overall.zhnorm, 1)}, jschardet ${pct(a.overall.jschardet, 1)}, chardet ${pct(a.overall.chardet, 1)}. Non-Chinese samples read as GBK or Big5: ${fp.join(', ')}.`,
    '',
    ...a.md,
    ...b.md,
    ...calibration([...zh, ...foreign, ...chineseSamples([2, 3, 4])]),
    ...throughput(),
  ].join('\n');
}
