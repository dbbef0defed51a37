import type { Command } from 'commander';
import { align } from '../../align/align.js';
import { paragraphs } from '../../text/lines.js';
import { readText, writeJson, writeOut } from '../io.js';

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('pair the paragraphs of two versions of one article')
    .argument('<a>', 'first version')
    .argument('<b>', 'second version')
    .option('--json', 'print {"pairs":[{"a":[lines],"b":[lines],"score"}]} with 1-based line numbers')
    .action((fa: string, fb: string, o: { json?: boolean }) => {
      const pa = paragraphs(readText(fa).text);
      const pb = paragraphs(readText(fb).text);
      const r = align(pa.map((p) => p.text), pb.map((p) => p.text));
      if (o.json) {
        writeJson({
          pairs: r.pairs.map((bd) => ({ a: bd.a.map((i) => pa[i].line + 1), b: bd.b.map((i) => pb[i].line + 1), score: bd.score })),
        });
        return;
      }
      let out = '';
      for (const bd of r.pairs) {
        const left = bd.a.map((i) => pa[i].text).join(' ');
        const right = bd.b.map((i) => pb[i].text).join(' ');
        out += `[${bd.score.toFixed(2)}] ${bd.a.map((i) => pa[i].line + 1).join(',') || '-'} ↔ ${bd.b.map((i) => pb[i].line + 1).join(',') || '-'}\n`;
        out += `  A: ${left || '(none)'}\n  B: ${right || '(none)'}\n`;
      }
      writeOut(out);
    });
}
