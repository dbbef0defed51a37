// Regenerates every generated data table and fixture, in dependency order.
//   npm run build:data
// Each step is its own script (run alone with `npx tsx scripts/<name>.ts`); steps that fetch a
// package tarball use the npm registry only and cache it under scripts/.cache/.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const STEPS = [
  'build-model.ts', // src/text/data/model-data.ts: Han unigram/bigram costs (jieba, OpenCC)
  'build-words.ts', // src/text/data/words-data.ts: word costs for segmentCost (jieba, OpenCC)
  'build-guess-words.ts', // src/repair/mojibake/data/guess-words.ts: two-character words for ranking lost bytes (jieba, OpenCC)
  'build-readings.ts', // src/repair/annotation/data/readings.ts: GBK characters' readings (pinyin-pro)
  'build-convert-data.ts', // src/convert/data/TSCharactersExt.ts: OpenCC tofu-risk table
  'build-cp1252.ts', // windows-1252 table for the mojibake repair (iconv-lite)
  'build-mojibake-clean.ts', // fixtures/repair/clean/: the clean corpus repair must not touch
  'make-clean-seed-labels.ts', // fixtures/clean/labels/: the seeds' line labels
  'build-clean-heldout.ts', // fixtures/clean/heldout/: held-out pages for the clean benchmark
];

const here = fileURLToPath(new URL('.', import.meta.url));
for (const step of STEPS) {
  console.error(`build:data: ${step}`);
  execFileSync(process.execPath, ['--import', 'tsx', here + step], { stdio: 'inherit' });
}
