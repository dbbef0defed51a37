// Builds src/text/data/words-data.ts: the words of Chinese (1–4 characters) with their costs, in
// simplified and traditional forms, for the word-level model in src/text/words.ts.
//
// Source: the word-frequency dictionary of jieba (cppjieba's jieba.dict.utf8, MIT licence), fetched
// from the npm registry as the nodejieba package exactly as scripts/build-model.ts does (shared
// cache in scripts/.cache/). Traditional forms come from OpenCC (opencc-js, Apache-2.0): cn→t,
// cn→tw and cn→hk. A word's count is split half to its simplified form, half across its distinct
// traditional forms (the same mix as the character model), and its cost is −ln P(word) over the
// whole dictionary, single characters included, so word costs and character costs are comparable.
//
//   npx tsx scripts/build-words.ts      (MIN_COUNT_2=…, MIN_COUNT_3=…, MIN_COUNT_4=… to try other cut-offs)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { jiebaDict } from './jieba-dict.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Words counted fewer times than this are left out, by length. Almost half of jieba's entries
 * carry the floor count 3 (names, idioms, rare compounds): keeping every word makes a 4 MB file.
 * Two-character words are the most numerous, and the least needed (the character model's in-word
 * bigrams know most of them); names and set phrases of 3–4 characters are what it lacks. Effect
 * measured in docs/seed-repair.md.
 */
const MIN_COUNT: Record<number, number> = {
  1: 3,
  2: Number(process.env.MIN_COUNT_2 ?? 3000),
  3: Number(process.env.MIN_COUNT_3 ?? 15),
  4: Number(process.env.MIN_COUNT_4 ?? 15),
};
const MIN_LEN = 1;
const MAX_LEN = 4;


const HAN_ONLY = /^\p{Script=Han}+$/u;

function main(): void {
  const words: [string, number][] = [];
  const names: [string, number][] = [];
  for (const line of jiebaDict().split('\n')) {
    const [w, f, tag] = line.split(' ');
    if (w && f && HAN_ONLY.test(w)) words.push([w, Number(f)]);
    // jieba tags transliterated names `nrt` (克倫威爾, 齊奧爾科夫斯基): their characters are a
    // small set of their own, the model of a foreign name written after or before a `·`.
    if (w && f && tag === 'nrt' && HAN_ONLY.test(w) && [...w].length >= 2) names.push([w, Number(f)]);
  }
  const toT = OpenCC.Converter({ from: 'cn', to: 't' });
  const toTW = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHK = OpenCC.Converter({ from: 'cn', to: 'hk' });
  // Total over every entry (single characters and long words too): P(word) in running text.
  let total = 0;
  for (const [, f] of words) total += f;
  const mass = new Map<string, number>();
  const add = (w: string, f: number): void => void mass.set(w, (mass.get(w) ?? 0) + f);
  for (const [w, f] of words) {
    const n = [...w].length;
    if (n < MIN_LEN || n > MAX_LEN || f < MIN_COUNT[n]) continue;
    add(w, f / 2);
    const trad = [...new Set([toT(w), toTW(w), toHK(w)])];
    for (const v of trad) add(v, f / 2 / trad.length);
  }
  // Costs in tenths of a nat; per length, the words grouped by cost: `cost:wordwordword;`.
  const byLen = new Map<number, Map<number, string[]>>();
  for (const [w, f] of mass) {
    const n = [...w].length;
    const q = Math.round(-Math.log(f / total) * 10);
    let m = byLen.get(n);
    if (!m) byLen.set(n, (m = new Map()));
    let list = m.get(q);
    if (!list) m.set(q, (list = []));
    list.push(w);
  }
  // Transliterated names: character unigram and in-name bigram P(b|a) costs, same format.
  const nameUni = new Map<string, number>();
  const nameBi = new Map<string, number>();
  for (const [w, f] of names) {
    const trad = [...new Set([toT(w), toTW(w), toHK(w)])];
    for (const [v, g] of [[w, f / 2] as const, ...trad.map((t) => [t, f / 2 / trad.length] as const)]) {
      const cs = [...v];
      cs.forEach((c, i) => {
        nameUni.set(c, (nameUni.get(c) ?? 0) + g);
        if (i > 0) nameBi.set(cs[i - 1] + c, (nameBi.get(cs[i - 1] + c) ?? 0) + g);
      });
    }
  }
  const uniTotal = [...nameUni.values()].reduce((a, b) => a + b, 0);
  const firstMass = new Map<string, number>();
  for (const [k, v] of nameBi) firstMass.set([...k][0], (firstMass.get([...k][0]) ?? 0) + v);
  const group = (m: Map<string, number>, p: (k: string, v: number) => number): string => {
    const by = new Map<number, string[]>();
    for (const [k, v] of m) {
      const q = Math.round(-Math.log(p(k, v)) * 10);
      by.set(q, [...(by.get(q) ?? []), k]);
    }
    return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([q, ks]) => `${q}:${ks.sort().join('')}`).join(';');
  };
  const nameUniStr = group(nameUni, (_, v) => v / uniTotal);
  const nameBiStr = group(nameBi, (k, v) => v / firstMass.get([...k][0])!);
  const lines: string[] = [];
  for (let n = MIN_LEN; n <= MAX_LEN; n++) {
    const m = byLen.get(n) ?? new Map<number, string[]>();
    const body = [...m.entries()].sort((a, b) => a[0] - b[0]).map(([q, ws]) => `${q}:${ws.sort().join('')}`).join(';');
    lines.push(`  ${JSON.stringify(body)},`);
  }
  const out = `// Generated by scripts/build-words.ts — do not edit by hand.
// Data: words of jieba's dictionary (cppjieba jieba.dict.utf8, MIT licence, © 2013 the cppjieba
// authors, via the nodejieba npm package) of ${MIN_LEN}–${MAX_LEN} characters counted at least
// ${JSON.stringify(MIN_COUNT)} times (by length), in
// simplified form and in traditional forms from OpenCC (opencc-js, Apache-2.0: cn→t, cn→tw, cn→hk).
// Cost: −ln P(word) in tenths of a nat over all of jieba's ${words.length} entries.
// Format: WORDS[n − ${MIN_LEN}] holds the words of n characters as \`cost:wordword…;cost:…\`.

/** Length of the shortest word in WORDS. */
export const MIN_WORD = ${MIN_LEN};
/** ${mass.size} words, by length. */
export const WORDS: readonly string[] = [
${lines.join('\n')}
];
/**
 * Transliterated names (jieba's ${names.length} \`nrt\` words, same sources and forms): [character costs
 * −ln P(c), in-name bigram costs −ln P(b | a)], in the format of WORDS.
 */
export const NAME_CHARS: readonly string[] = [${JSON.stringify(nameUniStr)}, ${JSON.stringify(nameBiStr)}];
`;
  writeFileSync(join(ROOT, 'src/text/data/words-data.ts'), out);
  console.error(`min count ${JSON.stringify(MIN_COUNT)}: ${mass.size} words, ${(Buffer.byteLength(out) / 1024).toFixed(0)} KiB`);
}

main();
