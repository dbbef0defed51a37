// Builds the clean corpus the mojibake repair must leave untouched (fixtures/repair/clean/):
// every line of the clean seed pages (001 Taiwan traditional, 004 simplified) and the OpenCC
// conformance texts (golden input/outputs, test-case inputs and expectations, Apache-2.0).
// The hand-written file (handwritten.txt: classical Chinese, mixed scripts, code, emoji,
// European accents, look-alikes of mojibake) is kept as is.
//   npx tsx scripts/build-mojibake-clean.ts
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const F = join(ROOT, 'fixtures');
const OUT = join(F, 'repair', 'clean');

const uniqueLines = (texts: string[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts)
    for (const l of t.split(/\r?\n/)) {
      if (l.trim() === '' || seen.has(l)) continue;
      seen.add(l);
      out.push(l);
    }
  return out;
};

const seed = (prefix: string): string => {
  const f = readdirSync(join(F, 'seeds')).find((n) => n.startsWith(prefix))!;
  return readFileSync(join(F, 'seeds', f), 'utf8');
};

writeFileSync(join(OUT, 'seed-001.txt'), uniqueLines([seed('001_')]).join('\n') + '\n');
writeFileSync(join(OUT, 'seed-004.txt'), uniqueLines([seed('004_')]).join('\n') + '\n');

const golden = readdirSync(join(F, 'opencc', 'golden')).sort().map((n) => readFileSync(join(F, 'opencc', 'golden', n), 'utf8'));
// The upstream file has trailing commas (not strict JSON): drop them before parsing.
const cases = (JSON.parse(readFileSync(join(F, 'opencc', 'testcases.json'), 'utf8').replace(/,(\s*[}\]])/g, '$1')) as { cases: { input: string; expected: Record<string, string> }[] }).cases;
const caseTexts = cases.flatMap((c) => [c.input, ...Object.values(c.expected)]);
writeFileSync(join(OUT, 'opencc.txt'), uniqueLines([...golden, ...caseTexts]).join('\n') + '\n');
console.error(`wrote ${OUT}`);
