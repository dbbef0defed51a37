// Foundation benchmark: zhnorm.convert against opencc-js on the OpenCC golden input (s2twp).
// The convert issue replaces this with the full parity/speed/memory benchmark.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { convert } from '../src/index.js';

function time(fn: () => void, reps: number): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

export async function run(): Promise<string> {
  const input = readFileSync(new URL('../fixtures/opencc/golden/input.txt', import.meta.url), 'utf8');
  const text = input.repeat(20);
  const peer = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const ours = time(() => convert(text, { config: 's2twp' }), 5);
  const theirs = time(() => peer(text), 5);
  const same = convert(text, { config: 's2twp' }) === peer(text);
  return [
    '## Conversion (s2twp)',
    '',
    `Input: OpenCC's golden input × 20 (${text.length} characters).`,
    '',
    '| library | ms per run | throughput ratio vs opencc-js | identical output |',
    '|---|---:|---:|---|',
    `| zhnorm | ${ours.toFixed(1)} | ${(theirs / ours).toFixed(2)}× | ${same ? 'yes' : 'no'} |`,
    `| opencc-js | ${theirs.toFixed(1)} | 1.00× | — |`,
    '',
  ].join('\n');
}
