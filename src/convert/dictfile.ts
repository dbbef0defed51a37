// The user dictionary file format (the CLI's --dict): one pair per line, `from<TAB>to`, as in
// OpenCC's own .txt dictionaries (where several space-separated candidates may follow; the first
// is used). Blank lines and lines starting with # are skipped.
import { ZhnormError } from '../types.js';

export function parseDictionaryFile(text: string, name = 'dictionary'): [string, string][] {
  const pairs: [string, string][] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, k) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const from = tab < 0 ? '' : line.slice(0, tab);
    const to = tab < 0 ? '' : line.slice(tab + 1).trim().split(/ +/)[0];
    if (from === '' || to === '') {
      throw new ZhnormError('BAD_INPUT', `${name} line ${k + 1}: expected "from<TAB>to", got ${JSON.stringify(line.slice(0, 40))}`);
    }
    pairs.push([from, to]);
  });
  return pairs;
}
