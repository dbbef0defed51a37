// Writes fixtures/clean/labels/<seed>.tsv from the hand labels below (read off the pages:
// for 000, the article lines are exactly those with a counterpart in its clean twin 001).
// Lines not listed are article ('keep'); blank lines are labelled 'blank'.
//   npx tsx scripts/make-clean-seed-labels.ts
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
type Spec = [from: number, to: number, category: string][]; // 1-based, inclusive; boilerplate ranges

const LABELS: Record<string, Spec> = {
  '000': [
    [1, 2, 'html-remnant'],
    [3, 3, 'spam'],
    [4, 4, 'navigation'],
    [8, 9, 'share-bar'],
    // "獲獎名單" has no counterpart in 001: the label of a picture in the scraped page.
    [34, 34, 'placeholder'],
    [182, 184, 'disclaimer'],
    [186, 308, 'related-list'],
    [309, 313, 'account-footer'],
    [315, 342, 'related-list'],
    [343, 349, 'navigation'],
    [351, 369, 'related-list'],
    [371, 371, 'spam'],
  ],
  '001': [],
  '002': [
    [48, 48, 'contact'],
    [49, 49, 'registration'],
  ],
  '003': [
    [1, 1, 'spam'],
    [7, 7, 'editor-note'],
    [13, 13, 'placeholder'], [17, 17, 'placeholder'], [39, 39, 'placeholder'], [49, 49, 'placeholder'],
    [65, 65, 'placeholder'], [75, 75, 'placeholder'], [85, 85, 'placeholder'], [97, 97, 'placeholder'],
    [121, 121, 'placeholder'],
    [151, 151, 'copyright'],
    [153, 155, 'contact'],
  ],
  '004': [
    [1, 1, 'navigation'],
    [5, 6, 'share-bar'],
    [8, 8, 'editor-note'],
    [86, 86, 'editor-note'],
    [88, 90, 'disclaimer'],
    [92, 96, 'account-footer'],
    [98, 100, 'related-list'],
    [102, 102, 'navigation'],
  ],
};

mkdirSync(join(ROOT, 'fixtures/clean/labels'), { recursive: true });
for (const f of readdirSync(join(ROOT, 'fixtures/seeds')).sort()) {
  const id = f.slice(0, 3);
  const lines = readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8').split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  const rows = lines.map((text, i) => {
    const n = i + 1;
    const r = LABELS[id].find(([a, b]) => n >= a && n <= b);
    const label = text.trim() === '' ? 'blank' : r ? 'drop' : 'keep';
    return [n, label, label === 'drop' ? r![2] : '-', text.trim().slice(0, 60)].join('\t');
  });
  writeFileSync(join(ROOT, 'fixtures/clean/labels', `${id}.tsv`), `# seed ${f}\n# line\tlabel\tcategory\ttext (first 60 characters)\n` + rows.join('\n') + '\n');
}
