// Conversion benchmark: zhnorm.convert against opencc-js (the peer whose data we use), side by
// side in one process for throughput, in fresh child processes for cold start and memory, plus
// OpenCC parity and the lazy browser bundle sizes per config. Needs a built dist/ (npx tsup).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { convert } from '../src/index.js';
import { dictsOf, planFor } from '../src/convert/dicts.js';
import { CONFIG_VARIANTS } from '../src/convert/configs.js';
import { OPENCC_CONFIGS, type OpenCCConfig } from '../src/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIX = join(ROOT, 'fixtures/opencc');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function peerFor(config: OpenCCConfig): (s: string) => string {
  const { from, to } = CONFIG_VARIANTS[config];
  return OpenCC.Converter({ from, to } as never) as (s: string) => string;
}

// --- parity -------------------------------------------------------------------------------

function parity(): string {
  const raw = readFileSync(join(FIX, 'testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1');
  const cases = (JSON.parse(raw) as { cases: { input: string; expected: Record<string, string> }[] }).cases;
  const peers = new Map<OpenCCConfig, (s: string) => string>();
  let total = 0;
  let ours = 0;
  let theirs = 0;
  const peerMisses: string[] = [];
  for (const c of cases) {
    for (const [config, expected] of Object.entries(c.expected) as [OpenCCConfig, string][]) {
      total++;
      if (convert(c.input, { config }) === expected) ours++;
      if (!peers.has(config)) peers.set(config, peerFor(config));
      if ((peers.get(config) as (s: string) => string)(c.input) === expected) theirs++;
      else peerMisses.push(`${config}: ${c.input.slice(0, 12)}…`);
    }
  }
  const input = readFileSync(join(FIX, 'golden/input.txt'), 'utf8');
  const goldens = readdirSync(join(FIX, 'golden')).filter((f) => f !== 'input.txt' && !f.includes('_jieba'));
  let gOurs = 0;
  let gTheirs = 0;
  for (const f of goldens) {
    const config = f.split('.')[1] as OpenCCConfig;
    const want = readFileSync(join(FIX, 'golden', f), 'utf8');
    if (convert(input, { config }) === want) gOurs++;
    if ((peers.get(config) ?? peerFor(config))(input) === want) gTheirs++;
  }
  return [
    '### Parity with OpenCC',
    '',
    "OpenCC's own test cases (fixtures/opencc/testcases.json) and golden files (longest-match goldens;",
    'the five `_jieba` goldens need OpenCC\'s jieba segmentation plugin and are not claimed).',
    '',
    '| | zhnorm | opencc-js |',
    '|---|---:|---:|',
    `| test cases passed (of ${total}) | ${ours} | ${theirs} |`,
    `| golden files matched (of ${goldens.length}) | ${gOurs} | ${gTheirs} |`,
    '',
    `opencc-js misses: ${peerMisses.join('; ') || 'none'} (OpenCC's tofu-risk table, which zhnorm ships and uses by default).`,
    '',
  ].join('\n');
}

// --- throughput ---------------------------------------------------------------------------

function throughput(): string {
  const input = readFileSync(join(FIX, 'golden/input.txt'), 'utf8');
  const rows: string[] = [];
  const configs: [OpenCCConfig, string, number][] = [
    ['s2twp', input, 40],
    ['s2t', input, 40],
    ['t2s', convert(input, { config: 's2t' }), 40],
    ['tw2sp', convert(input, { config: 's2twp' }), 40],
  ];
  for (const [config, base, times] of configs) {
    const text = base.repeat(times);
    const peer = peerFor(config);
    const ours = (s: string) => convert(s, { config });
    // Warm both (JIT, caches), then alternate runs so load on the machine hits both alike.
    const same = ours(text) === peer(text);
    peer(text);
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < 21; r++) {
      let t0 = performance.now();
      ours(text);
      a.push(performance.now() - t0);
      t0 = performance.now();
      peer(text);
      b.push(performance.now() - t0);
    }
    // Each pair of runs sits side by side in time, so its ratio cancels most of the machine's
    // changing load; the median of those ratios is the speed-up reported.
    const ta = median(a);
    const tb = median(b);
    const ratio = median(a.map((x, k) => b[k] / x));
    const best = Math.min(...b) / Math.min(...a);
    const mcs = (ms: number) => ((text.length / ms) * 1000 / 1e6).toFixed(2);
    rows.push(`| ${config} | ${text.length.toLocaleString('en')} | ${ta.toFixed(1)} | ${tb.toFixed(1)} | ${mcs(ta)} | ${mcs(tb)} | **${ratio.toFixed(2)}×** | ${best.toFixed(2)}× | ${same ? 'yes' : 'NO'} |`);
  }
  return [
    '### Throughput',
    '',
    "Input: OpenCC's golden input (the US constitution in simplified Chinese) × 40, or its s2t / s2twp",
    'conversion for the T→S configs. 21 alternating runs each after a warm-up, in one process; times',
    'are medians; the speed-up is the median of the 21 paired ratios (adjacent runs share the load of',
    'this shared machine), the ratio of the best runs is shown beside it.',
    '',
    '| config | characters | zhnorm ms | opencc-js ms | zhnorm M chars/s | opencc-js M chars/s | speed-up (median of pairs) | ratio of best runs | identical output |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
  ].join('\n');
}

// --- cold start and memory (fresh processes) ------------------------------------------------

interface ChildResult {
  importMs: number;
  firstMs: number[];
  heapMB: number[];
}

/** Runs a small ES module in a fresh Node with --expose-gc and returns its JSON line. */
function child(code: string): ChildResult {
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
}

function coldAndMemory(): string {
  const configs: OpenCCConfig[] = ['s2twp', 's2tw', 's2hk', 't2s'];
  const script = (importLine: string, make: string) => `
    const heap = () => { gc(); gc(); const m = process.memoryUsage(); return (m.heapUsed + m.arrayBuffers) / 2 ** 20; };
    let t0 = performance.now();
    ${importLine}
    const importMs = performance.now() - t0;
    const base = heap();
    const keep = [], firstMs = [], heapMB = [];
    for (const config of ${JSON.stringify(configs)}) {
      t0 = performance.now();
      keep.push(${make});
      firstMs.push(performance.now() - t0);
      heapMB.push(heap() - base);
    }
    console.log(JSON.stringify({ importMs, firstMs, heapMB }));`;
  const ours = child(
    script(
      `const { convert } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});`,
      `(convert('汉字', { config }), (s) => convert(s, { config }))`,
    ),
  );
  const variants = JSON.stringify(CONFIG_VARIANTS);
  const theirs = child(
    script(
      `const OpenCC = await import('opencc-js'); const V = ${variants};`,
      `((c) => (c('汉字'), c))(OpenCC.Converter(V[config]))`,
    ),
  );
  const rows = configs.map((c, k) => {
    const dh = (r: ChildResult) => (k === 0 ? r.heapMB[0] : r.heapMB[k] - r.heapMB[k - 1]).toFixed(1);
    return `| ${k + 1}. ${c} | ${ours.firstMs[k].toFixed(0)} | ${theirs.firstMs[k].toFixed(0)} | +${dh(ours)} | +${dh(theirs)} |`;
  });
  return [
    '### Cold start and memory per converter',
    '',
    'Fresh Node process each (dist/ build for zhnorm), converters created one after another in the',
    'order shown and kept alive; time to the first conversion of a short string, and the growth of',
    'heap plus array buffers it caused (after gc; our tries are typed arrays). zhnorm builds each',
    'dictionary group once and shares it between configs;',
    'opencc-js builds its tries again for every converter.',
    '',
    `Module import: zhnorm ${ours.importMs.toFixed(0)} ms (the whole library, dictionaries registered, not parsed), opencc-js ${theirs.importMs.toFixed(0)} ms.`,
    '',
    '| converter | zhnorm first-use ms | opencc-js first-use ms | zhnorm heap MB | opencc-js heap MB |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    `| total | ${ours.firstMs.reduce((a, b) => a + b, 0).toFixed(0)} | ${theirs.firstMs.reduce((a, b) => a + b, 0).toFixed(0)} | ${ours.heapMB[configs.length - 1].toFixed(1)} | ${theirs.heapMB[configs.length - 1].toFixed(1)} |`,
    '',
  ].join('\n');
}

// --- browser bundle sizes -------------------------------------------------------------------

/** Files a module pulls in statically (not through import()), itself included. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) staticClosure(join(dirname(file), m[1]), seen);
  return seen;
}

function sizeOf(files: Iterable<string>): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    raw += statSync(f).size;
    gz += gzipSync(readFileSync(f)).length;
  }
  return { raw, gz };
}

function bundles(): string {
  const lazy = join(ROOT, 'dist/browser/lazy.js');
  const eager = join(ROOT, 'dist/browser/index.js');
  if (!existsSync(lazy)) return '### Browser bundles\n\n(dist/browser not built: run `npx tsup`.)\n';
  const entry = staticClosure(lazy);
  const src = readFileSync(lazy, 'utf8');
  // Every dictionary loader in the lazy entry: import("./STPhrases-HASH.js").
  const chunkOf = new Map<string, string>();
  for (const m of src.matchAll(/import\(["'](\.\/([A-Za-z_]+)-[A-Z0-9]+\.js)["']\)/g)) chunkOf.set(m[2], join(ROOT, 'dist/browser', m[1]));
  const kb = (n: number) => (n / 1024).toFixed(0);
  const base = sizeOf(entry);
  const rows = OPENCC_CONFIGS.map((config) => {
    const files = new Set(entry);
    for (const d of dictsOf(planFor(config, true))) {
      const f = chunkOf.get(d);
      if (f) staticClosure(f, files);
    }
    const s = sizeOf(files);
    const extra = sizeOf([...files].filter((f) => !entry.has(f)));
    return `| ${config} | ${kb(extra.raw)} | ${kb(extra.gz)} | ${kb(s.raw)} | ${kb(s.gz)} |`;
  });
  const all = sizeOf(staticClosure(eager));
  return [
    '### Browser bundles (dist/browser, minified)',
    '',
    `The lazy build (\`dist/browser/lazy.js\`, also what bundlers get via the \`browser\` export condition`,
    `from \`dist/lazy/\`) starts at ${kb(base.raw)} KB (${kb(base.gz)} KB gzip) for the whole library with no`,
    'dictionary; each config then fetches only its own dictionary chunks on first use. The eager build',
    `(\`dist/browser/index.js\`, every dictionary built in, synchronous convert for any config) is ${kb(all.raw)} KB (${kb(all.gz)} KB gzip).`,
    '',
    '| config | dictionary chunks KB | gzip KB | total with library KB | gzip KB |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

export async function run(): Promise<string> {
  return ['## Conversion (simplified ⇄ traditional)', '', parity(), throughput(), coldAndMemory(), bundles()].join('\n');
}
