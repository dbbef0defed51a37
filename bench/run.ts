// Runs the benchmarks and writes docs/benchmarks.md.
//   npm run bench                 all of them
//   npm run bench -- detect align only these (their sections are replaced, the others kept)
// Each bench/<name>.bench.ts exports `run(): Promise<string>` returning a Markdown section;
// sections are kept in bench/results/<name>.md so one benchmark can be re-run alone.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = join(HERE, 'results');
const OUT = join(HERE, '..', 'docs', 'benchmarks.md');

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const all = readdirSync(HERE).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, '')).sort();
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length) {
    console.error(`bench: unknown benchmark(s) ${unknown.join(', ')}; have: ${all.join(', ')}`);
    process.exit(2);
  }
  for (const name of wanted.length ? wanted : all) {
    const t0 = performance.now();
    console.error(`bench: ${name} …`);
    const mod = (await import(pathToFileURL(join(HERE, `${name}.bench.ts`)).href)) as { run: () => Promise<string> };
    const md = await mod.run();
    writeFileSync(join(RESULTS, `${name}.md`), md.trimEnd() + '\n');
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const sections = all.filter((n) => existsSync(join(RESULTS, `${n}.md`))).map((n) => readFileSync(join(RESULTS, `${n}.md`), 'utf8'));
  const head = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/run.ts); every table compares zhnorm with its peers in the same run.',
    'Ratios are what to read: absolute times on a shared 2-core machine are noisy.',
    '',
    `Last full or partial run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB.`,
    '',
  ].join('\n');
  writeFileSync(OUT, head + '\n' + sections.join('\n'));
  console.error(`bench: wrote ${OUT}`);
}

void main();
