// Damage that cannot be undone, reported so nobody mistakes it for text: `锟斤拷` is the
// UTF-8 of U+FFFD pairs (EF BF BD EF BF BD) read as GBK — the original bytes were already
// lost before that; `烫烫烫` / `屯屯屯` are MSVC's 0xCC / 0xCD fill of uninitialised memory
// read as GBK. Three in a row is the threshold: 烫烫的 and a real 锟 are words.
import type { Edit } from './edits.js';

const DEBRIS: { re: RegExp; what: string }[] = [
  { re: /(?:锟斤拷)+(?:锟斤|锟)?/g, what: 'UTF-8 of U+FFFD read as GBK (锟斤拷): the original characters were lost before' },
  { re: /烫{3,}/g, what: 'uninitialised stack memory (0xCC fill) read as GBK (烫烫烫)' },
  { re: /屯{3,}/g, what: 'uninitialised heap memory (0xCD fill) read as GBK (屯屯屯)' },
];

export function proposeDebris(line: string, edits: Edit[]): void {
  for (const { re, what } of DEBRIS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      edits.push({ start: m.index, end: m.index + m[0].length, after: m[0], kind: 'unrecoverable', reason: what, saving: 0 });
    }
  }
}
